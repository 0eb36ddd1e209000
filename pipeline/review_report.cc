#include "pipeline/review_report.h"

#include <algorithm>
#include <map>
#include <optional>

#include "parse/record_writer.h"
#include "pipeline/html_text.h"
#include "pipeline/review_text.h"
#include "pipeline/trace.h"

namespace amend {
namespace {

constexpr char kStyle[] = R"css(
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:10px 16px;background:#fff;border-bottom:1px solid #ccc}
header h1{font-size:18px;margin:0 0 4px}
.legend span{margin-right:14px;white-space:nowrap}
.sw{display:inline-block;width:12px;height:12px;vertical-align:-2px;margin-right:4px;border:2px solid}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:14px;padding:14px}
main.textonly{grid-template-columns:minmax(0,1fr)}
h2{font-size:16px;margin:14px 0 6px}
h3{font-size:14px;margin:10px 0 4px}
svg.page{width:100%;height:auto;background:#fff;border:1px solid #999;display:block}
rect.cell{fill:transparent;stroke-width:1.5;vector-effect:non-scaling-stroke}
rect.label{stroke:#1f77b4}
rect.value{stroke:#2ca02c}
rect.text{stroke:#9467bd;stroke-dasharray:6 3}
a:hover rect.cell{fill:rgba(31,119,180,.18)}
line.rule{stroke:#17becf;stroke-width:1;vector-effect:non-scaling-stroke;opacity:.7}
rect.low{fill:rgba(255,140,0,.28);stroke:none}
rect.editbox{fill:rgba(214,39,40,.12);stroke:#d62728;stroke-width:2;vector-effect:non-scaling-stroke}
.textpane{position:sticky;top:0;max-height:100vh;overflow:auto;background:#fff;border:1px solid #ccc}
.text{font:12.5px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:6px 0}
.line{white-space:pre-wrap;tab-size:4;padding-left:4.5em;text-indent:-4.5em;min-height:1.5em}
.line::before{content:attr(data-n);display:inline-block;width:3.6em;text-indent:0;text-align:right;
  margin-right:.9em;color:#999}
.line:target{background:#fff7a8}
.line.diag{background:#fdecea}
.e{background:#ffe08a;border-bottom:2px solid #d62728;cursor:help}
.e.norm{background:#e3ecfa;border-bottom:1px dotted #5b7db1}
.e:hover{background:#ffc940}
.del::before{content:"\2038";color:#d62728;font-weight:bold}
.low{text-decoration:underline wavy #ff8c00}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
tr.norm{color:#666}
td.t{font-family:ui-monospace,monospace;white-space:pre-wrap}
#diagnostics li.error{color:#b00020}
#diagnostics li.warning{color:#8a5300}
section.below{padding:0 14px 20px}
)css";

void Extend(std::optional<Box>* acc, const Box& b) {
  if (!*acc) {
    *acc = b;
    return;
  }
  Box& a = **acc;
  int right = std::max(a.right(), b.right()), bottom = std::max(a.bottom(), b.bottom());
  a.left = std::min(a.left, b.left);
  a.top = std::min(a.top, b.top);
  a.width = right - a.left;
  a.height = bottom - a.top;
}

std::string RectAttributes(const Box& b) {
  return " x=\"" + std::to_string(b.left) + "\" y=\"" + std::to_string(b.top) + "\" width=\"" +
         std::to_string(b.width) + "\" height=\"" + std::to_string(b.height) + "\"";
}

// Line of the cleaned text that input byte `offset` ended up on.
int CleanedLine(const SheetDocument& doc, const LineIndex& lines, size_t offset) {
  return lines.LineAt(ToCleaned(doc.cleaned.text, {offset, offset + 1}).begin);
}

// The cells of every sheet-text line, per page: SVG rects keyed by page.
std::map<int, std::string> CellOverlays(const SheetDocument& doc, const LineIndex& lines) {
  std::map<int, std::string> out;
  const std::string& sheet = doc.sheet_text;
  size_t next = 0;  // spans are sorted by offset
  for (size_t start = 0; start < sheet.size();) {
    size_t end = sheet.find('\n', start);
    if (end == std::string::npos) end = sheet.size();
    size_t tab = sheet.find('\t', start);
    if (tab > end) tab = std::string::npos;
    struct Cells { std::optional<Box> label, value, text; };
    std::map<int, Cells> pages;
    for (; next < doc.spans.size() && doc.spans[next].offset < end; ++next) {
      const SheetSpan& s = doc.spans[next];
      if (s.offset < start) continue;
      Cells& c = pages[s.page];
      Extend(tab == std::string::npos ? &c.text : s.offset < tab ? &c.label : &c.value, s.box);
    }
    std::string n = std::to_string(CleanedLine(doc, lines, start));
    std::string title;
    AppendHtmlEscaped(&title, std::string_view(sheet).substr(start, end - start));
    for (auto& [page, c] : pages) {
      std::string& svg = out[page];
      for (auto [box, cls] : {std::pair{&c.label, "label"}, {&c.value, "value"}, {&c.text, "text"}}) {
        if (!*box) continue;
        svg += "<a href=\"#L" + n + "\"><rect class=\"cell " + cls + "\" data-line=\"" + n + "\"" +
               RectAttributes(**box) + "><title>line " + n + ": " + title + "</title></rect></a>\n";
      }
    }
    start = end + 1;
  }
  return out;
}

std::string PageSvg(const SheetDocument& doc, const OcrPage& page, const std::string& cells,
                    const ReportOptions& options) {
  const std::string w = std::to_string(page.width), h = std::to_string(page.height);
  std::string n = std::to_string(page.page_number);
  std::string out = "<section class=\"scan\" id=\"page-" + n + "\"><h3>Page " + n + "</h3>\n";
  out += "<svg class=\"page\" data-page=\"" + n + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
         w + " " + h + "\">\n";
  if (!page.image_jpeg.empty()) {
    out += "<image width=\"" + w + "\" height=\"" + h +
           "\" preserveAspectRatio=\"none\" href=\"data:image/jpeg;base64," + Base64(page.image_jpeg) +
           "\"/>\n";
  }
  for (const RuleLine& r : page.rules) {
    std::string a = std::to_string(r.start), b = std::to_string(r.end), p = std::to_string(r.position);
    out += r.horizontal ? "<line class=\"rule\" x1=\"" + a + "\" x2=\"" + b + "\" y1=\"" + p + "\" y2=\"" + p
                        : "<line class=\"rule\" y1=\"" + a + "\" y2=\"" + b + "\" x1=\"" + p + "\" x2=\"" + p;
    out += "\"/>\n";
  }
  out += cells;
  for (const SheetSpan& s : doc.spans) {
    if (s.page != page.page_number || s.confidence >= options.low_confidence) continue;
    out += "<rect class=\"low\"" + RectAttributes(s.box) + "><title>OCR confidence " +
           Percent(s.confidence) + ": ";
    AppendHtmlEscaped(&out, std::string_view(doc.sheet_text).substr(s.offset, s.length));
    out += "</title></rect>\n";
  }
  for (size_t k = 0; k < doc.cleaned.edits.size(); ++k) {
    const TextEdit& e = doc.cleaned.edits[k];
    if (e.pack_file.empty()) continue;  // normalization: listed, not boxed
    std::optional<PageBox> pb = FindPageBox(doc.spans, e.original);
    if (!pb || pb->page != page.page_number) continue;
    std::string id = std::to_string(k);
    out += "<a href=\"#edit-" + id + "\"><rect class=\"editbox\" data-edit=\"" + id + "\"" +
           RectAttributes(pb->box) + "><title>";
    AppendHtmlEscaped(&out, DescribeEdit(e));
    out += "</title></rect></a>\n";
  }
  return out + "</svg></section>\n";
}

std::string EditsTable(const SheetDocument& doc, const LineIndex& lines) {
  std::string out =
      "<h2>Edits</h2>\n<table id=\"edits\"><tr><th>#</th><th>rule</th><th>stage</th><th>defined at</th>"
      "<th>before</th><th>after</th><th>page</th><th>line</th></tr>\n";
  for (size_t k = 0; k < doc.cleaned.edits.size(); ++k) {
    const TextEdit& e = doc.cleaned.edits[k];
    std::string line = std::to_string(lines.LineAt(ToCleaned(doc.cleaned.text, e.original).begin));
    std::optional<PageBox> pb = FindPageBox(doc.spans, e.original);
    out += "<tr id=\"edit-" + std::to_string(k) + "\" data-rule=\"";
    AppendHtmlEscaped(&out, e.source);
    out += e.pack_file.empty() ? "\" class=\"norm\">" : "\">";
    out += "<td>" + std::to_string(k) + "</td><td>";
    AppendHtmlEscaped(&out, e.source);
    out += "</td><td>";
    AppendHtmlEscaped(&out, e.stage);
    out += "</td><td>";
    if (!e.pack_file.empty()) AppendHtmlEscaped(&out, e.pack_file + ":" + std::to_string(e.pack_line));
    out += "</td><td class=\"t\">";
    AppendHtmlEscaped(&out, e.text_before);
    out += "</td><td class=\"t\">";
    AppendHtmlEscaped(&out, e.text_after);
    out += "</td><td>" + (pb ? "<a href=\"#page-" + std::to_string(pb->page) + "\">" +
                                  std::to_string(pb->page) + "</a>" : std::string()) +
           "</td><td><a href=\"#L" + line + "\">" + line + "</a></td></tr>\n";
  }
  return out + "</table>\n";
}

std::string DiagnosticsList(const SheetDocument& doc) {
  std::string out = "<h2>Diagnostics</h2>\n<ul id=\"diagnostics\">\n";
  for (const Diagnostic& d : doc.record.diagnostics) {
    out += "<li class=\"";
    AppendHtmlEscaped(&out, d.severity);
    out += "\">";
    if (d.line > 0) {
      std::string n = std::to_string(d.line);
      out += "<a href=\"#L" + n + "\">line " + n + "</a> ";
    }
    out += "<b>";
    AppendHtmlEscaped(&out, d.severity + " " + d.code);
    out += "</b>: ";
    AppendHtmlEscaped(&out, d.message);
    out += "</li>\n";
  }
  out += "</ul>\n";
  if (!doc.warnings.empty()) {
    out += "<h2>Cleaning warnings</h2>\n<ul id=\"warnings\">\n";
    for (const std::string& w : doc.warnings) out += "<li>" + HtmlEscape(w) + "</li>\n";
    out += "</ul>\n";
  }
  return out;
}

std::string RecordSummary(const Record& record) {
  std::string out = "<h2>Record</h2>\n<table id=\"fields\">\n";
  for (const auto& [label, value] : record.fields) {
    out += "<tr><th>" + HtmlEscape(label) + "</th><td>" + HtmlEscape(value) + "</td></tr>\n";
  }
  out += "<tr><th>Date (ISO)</th><td>" + HtmlEscape(record.date.value_or("(unreadable)")) + "</td></tr>\n";
  if (record.conflict) {
    out += "<tr><th>Conflict</th><td>" + HtmlEscape(record.conflict->name) + "</td></tr>\n";
  }
  size_t mentioned = std::count_if(record.provisions.begin(), record.provisions.end(),
                                   [](const Provision& p) { return p.mentioned; });
  out += "<tr><th>Rows mentioned</th><td>" + std::to_string(mentioned) + " of " +
         std::to_string(record.provisions.size()) + "</td></tr>\n</table>\n";
  out += "<details><summary>The record as JSON</summary><pre>" +
         HtmlEscape(RecordToJson(record, JsonOptions{})) + "</pre></details>\n";
  return out;
}

std::string Header(const SheetDocument& doc, const ReportOptions& options, const std::string& title) {
  size_t rule_edits = std::count_if(doc.cleaned.edits.begin(), doc.cleaned.edits.end(),
                                    [](const TextEdit& e) { return !e.pack_file.empty(); });
  size_t low = std::count_if(doc.spans.begin(), doc.spans.end(), [&](const SheetSpan& s) {
    return s.confidence < options.low_confidence;
  });
  std::string out = "<header><h1>Review: " + HtmlEscape(title) + "</h1>\n<div>";
  if (doc.record.source) {
    const SourceInfo& s = *doc.record.source;
    if (s.pages > 0) out += std::to_string(s.pages) + " pages &middot; ";
    out += "sha256 " + HtmlEscape(s.sha256.substr(0, 16)) + "&hellip; &middot; ";
  }
  out += std::to_string(rule_edits) + " rule edits, " +
         std::to_string(doc.cleaned.edits.size() - rule_edits) + " normalization edits &middot; " +
         std::to_string(doc.record.diagnostics.size()) + " diagnostics";
  if (!doc.spans.empty()) {
    out += " &middot; " + std::to_string(low) + " of " + std::to_string(doc.spans.size()) +
           " words below " + Percent(options.low_confidence) + " OCR confidence";
  }
  out += "</div>\n<div class=\"legend\">";
  if (!doc.pages.empty()) {
    out += "<span><i class=\"sw\" style=\"border-color:#1f77b4\"></i>label cell</span>"
           "<span><i class=\"sw\" style=\"border-color:#2ca02c\"></i>value cell</span>"
           "<span><i class=\"sw\" style=\"border-color:#9467bd\"></i>heading / text</span>"
           "<span><i class=\"sw\" style=\"border-color:#d62728\"></i>rule edit</span>";
  }
  out += "<span><i class=\"sw\" style=\"border-color:#d62728;background:#ffe08a\"></i>text changed by a rule</span>"
         "<span><i class=\"sw\" style=\"border-color:#5b7db1;background:#e3ecfa\"></i>by normalization</span>"
         "<span><i class=\"sw\" style=\"border-color:#ff8c00;background:rgba(255,140,0,.28)\"></i>low OCR confidence</span>"
         "<span><i class=\"sw\" style=\"border-color:#ccc;background:#fdecea\"></i>line with a diagnostic</span>";
  return out + "</div></header>\n";
}

}  // namespace

void EnableReportCapture(SheetPipelineOptions* options) {
  options->keep_pages = true;
  if (options->ocr.page_image_dpi == 0) options->ocr.page_image_dpi = kReportImageDpi;
}

std::string RenderReviewReport(const SheetDocument& doc, const ReportOptions& options) {
  std::string title = options.title;
  if (title.empty() && doc.record.source) title = doc.record.source->path;
  const LineIndex lines(doc.cleaned.text.text());
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" +
                    HtmlEscape(title) + " &middot; amend review</title>\n<style>" + kStyle +
                    "</style></head>\n<body>\n" + Header(doc, options, title);
  if (doc.pages.empty()) {
    out += "<main class=\"textonly\">";
  } else {
    out += "<main><div class=\"pages\"><h2>Pages</h2>\n";
    std::map<int, std::string> cells = CellOverlays(doc, lines);
    for (const OcrPage& page : doc.pages) out += PageSvg(doc, page, cells[page.page_number], options);
    out += "</div>";
  }
  out += "<div><h2>Cleaned text</h2><div class=\"textpane\">" + RenderTextPane(doc, options.low_confidence) +
         "</div></div></main>\n<section class=\"below\">\n" + EditsTable(doc, lines) +
         DiagnosticsList(doc) + RecordSummary(doc.record) + "</section>\n</body></html>\n";
  return out;
}

}  // namespace amend
