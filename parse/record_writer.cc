#include "parse/record_writer.h"

namespace amend {
namespace {

using Json = nlohmann::ordered_json;

std::string CsvCell(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Dump(const Json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::detail::error_handler_t::replace);
}

}  // namespace

Json RecordToJsonValue(const Record& record, const JsonOptions& options) {
  Json j;
  j["schema"] = record.schema;
  if (record.source) {
    Json s;
    s["path"] = record.source->path;
    if (!record.source->sha256.empty()) s["sha256"] = record.source->sha256;
    if (record.source->pages > 0) s["pages"] = record.source->pages;
    j["source"] = std::move(s);
  }
  Json fields = Json::object();
  for (const auto& [k, v] : record.fields) fields[k] = v;
  j["fields"] = std::move(fields);
  j["date"] = record.date ? Json(*record.date) : Json(nullptr);
  if (record.conflict) {
    j["conflict"] = {{"name", record.conflict->name}, {"description", record.conflict->description}};
  } else {
    j["conflict"] = nullptr;
  }
  Json provisions = Json::array();
  for (const Provision& p : record.provisions) {
    Json o;
    o["section"] = p.section;
    o["label"] = p.label;
    o["mentioned"] = p.mentioned;
    if (p.mentioned) {
      o["codes"] = p.codes;
      Json quotes = Json::array();
      for (const Quote& q : p.quotes) quotes.push_back({{"page", q.page}, {"text", q.text}});
      o["quotes"] = std::move(quotes);
      if (p.text) o["text"] = *p.text;
    }
    provisions.push_back(std::move(o));
  }
  j["provisions"] = std::move(provisions);
  if (options.diagnostics && !record.diagnostics.empty()) {
    Json diags = Json::array();
    for (const Diagnostic& d : record.diagnostics) {
      Json o{{"severity", d.severity}, {"code", d.code}, {"message", d.message}};
      if (d.line > 0) o["line"] = d.line;
      diags.push_back(std::move(o));
    }
    j["diagnostics"] = std::move(diags);
  }
  return j;
}

std::string RecordToJson(const Record& record, const JsonOptions& options) {
  return Dump(RecordToJsonValue(record, options), 1) + "\n";
}

std::string RecordToJsonLine(const Record& record, const JsonOptions& options) {
  return Dump(RecordToJsonValue(record, options), -1) + "\n";
}

std::string CsvHeader(const Schema& schema) {
  std::string out = "document,date";
  for (const LayoutItem& it : schema.items) {
    if (it.kind == ItemKind::kField) out += "," + CsvCell(it.label);
  }
  for (const LayoutItem& it : schema.items) {
    if (it.kind == ItemKind::kRow) out += "," + CsvCell(it.section + ": " + it.label);
  }
  return out + "\n";
}

std::string RecordToCsvRow(const Record& record, const Schema& schema, const std::string& document) {
  std::string out = CsvCell(document) + "," + CsvCell(record.date.value_or(""));
  for (const LayoutItem& it : schema.items) {
    if (it.kind != ItemKind::kField) continue;
    std::string value;
    for (const auto& [k, v] : record.fields) {
      if (k == it.label) value = v;
    }
    out += "," + CsvCell(value);
  }
  for (const LayoutItem& it : schema.items) {
    if (it.kind != ItemKind::kRow) continue;
    bool mentioned = false;
    for (const Provision& p : record.provisions) {
      if (p.section == it.section && p.label == it.label) mentioned = p.mentioned;
    }
    out += mentioned ? ",1" : ",0";
  }
  return out + "\n";
}

}  // namespace amend
