#include "domain/sen2/sen2_xml.h"

#include <cstdio>

namespace sendhub::sen2 {
namespace {

constexpr char32_t bad_char = 0xFFFFFFFF;

// Decodes one UTF-8 character at s[i]; sets cp to bad_char for a byte sequence that is not
// UTF-8 (overlong forms and surrogates included). Returns how many bytes it used, at least 1.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0) return cp = bad_char, 1;
  if (len == 1) return cp = b, 1;
  if (i + len > s.size()) return cp = bad_char, 1;
  char32_t v = b & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return cp = bad_char, 1;
    v = (v << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < least[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return cp = bad_char, 1;
  return cp = v, len;
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

std::string two(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

std::string yes_no(bool b) { return b ? "true" : "false"; }

// Indented elements, one to a line.
class Writer {
 public:
  void open(std::string_view name) {
    indent();
    out_ += "<" + std::string(name) + ">\n";
    ++depth_;
  }
  void close(std::string_view name) {
    --depth_;
    indent();
    out_ += "</" + std::string(name) + ">\n";
  }
  void leaf(std::string_view name, std::string_view text) {
    indent();
    out_ += "<" + std::string(name) + ">" + escape_xml(text) + "</" + std::string(name) + ">\n";
  }
  // Optional items: nothing at all when missing.
  void maybe(std::string_view name, const std::optional<std::string>& text) {
    if (given(text)) leaf(name, *text);
  }
  void maybe(std::string_view name, const std::optional<Date>& date) {
    if (date) leaf(name, calendar::format_date(*date));
  }
  void maybe(std::string_view name, const std::optional<bool>& flag) {
    if (flag) leaf(name, yes_no(*flag));
  }
  std::string take() { return std::move(out_); }

 private:
  void indent() { out_.append(static_cast<std::size_t>(depth_) * 2, ' '); }
  std::string out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  int depth_ = 0;
};

void write_header(Writer& w, const Header& h) {
  w.open("Header");
  w.open("CollectionDetails");
  w.leaf("Collection", "SEN2");
  if (h.year) w.leaf("Year", std::to_string(*h.year));
  w.maybe("ReferenceDate", h.reference_date);
  w.close("CollectionDetails");
  w.open("Source");
  w.leaf("SourceLevel", "L");
  w.leaf("LEA", h.lea);
  w.maybe("SoftwareCode", h.software_code);
  w.maybe("Release", h.release);
  w.maybe("SerialNo", h.serial_no);
  if (h.date_time) {
    const auto& t = *h.date_time;
    w.leaf("DateTime", calendar::format_date(t.date) + "T" + two(t.hour) + ":" + two(t.minute) + ":" + two(t.second));
  }
  w.leaf("DMO", h.dmo);
  w.leaf("DCO", h.dco);
  w.close("Source");
  w.close("Header");
}

// URN, UKPRN, SENSetting, SENSettingOther, PlacementRank: the start both placement kinds share.
template <class Placement>
void write_placement_start(Writer& w, const Placement& p) {
  w.maybe("URN", p.urn);
  w.maybe("UKPRN", p.ukprn);
  w.leaf("SENSetting", p.sen_setting);
  w.maybe("SENSettingOther", p.sen_setting_other);
  w.leaf("PlacementRank", std::to_string(p.placement_rank));
}

void write_named_plan(Writer& w, const NamedPlan& plan) {
  w.open("NamedPlan");
  w.maybe("StartDate", plan.start_date);
  for (const auto& d : plan.plan_details) {
    w.open("PlanDetail");
    write_placement_start(w, d);
    w.leaf("SENunitIndicator", yes_no(d.sen_unit));
    w.leaf("ResourcedProvisionIndicator", yes_no(d.resourced_provision));
    w.close("PlanDetail");
  }
  w.maybe("PlanRes", plan.plan_res);
  w.maybe("PlanWBP", plan.plan_wbp);
  w.maybe("PB", plan.pb);
  w.maybe("OA", plan.oa);
  w.maybe("DP", plan.dp);
  w.maybe("CeaseDate", plan.cease_date);
  w.maybe("CeaseReason", plan.cease_reason);
  w.close("NamedPlan");
}

void write_assessment(Writer& w, const Assessment& a) {
  w.open("Assessment");
  w.leaf("AssessmentOutcome", a.outcome);
  w.maybe("AssessmentOutcomeDate", a.outcome_date);
  w.maybe("AssessmentMediation", a.assessment_mediation);
  w.maybe("AssessmentTribunal", a.assessment_tribunal);
  w.maybe("OtherMediation", a.other_mediation);
  w.maybe("OtherTribunal", a.other_tribunal);
  w.maybe("Week20", a.week20);
  if (a.named_plan) write_named_plan(w, *a.named_plan);
  w.close("Assessment");
}

void write_active_plan(Writer& w, const ActivePlan& plan) {
  w.open("ActivePlans");
  w.maybe("TransferLA", plan.transfer_la);
  for (const auto& p : plan.placements) {
    w.open("PlacementDetail");
    write_placement_start(w, p);
    w.maybe("EntryDate", p.entry_date);
    w.maybe("LeavingDate", p.leaving_date);
    w.leaf("SENunitIndicator", yes_no(p.sen_unit));
    w.leaf("ResourcedProvisionIndicator", yes_no(p.resourced_provision));
    w.maybe("Res", p.res);
    w.maybe("WBP", p.wbp);
    w.close("PlacementDetail");
  }
  for (const auto& n : plan.needs) {
    w.open("SENneed");
    w.leaf("SENtype", n.type);
    w.leaf("SENtypeRank", std::to_string(n.rank));
    w.close("SENneed");
  }
  w.maybe("ReviewMeeting", plan.review_meeting);
  w.maybe("ReviewOutcome", plan.review_outcome);
  w.maybe("LastReview", plan.last_review);
  w.close("ActivePlans");
}

void write_request(Writer& w, const Request& r) {
  w.open("Requests");
  w.maybe("ReceivedDate", r.received_date);
  w.maybe("RYA", r.rya);
  w.maybe("RequestOutcomeDate", r.outcome_date);
  w.leaf("RequestOutcome", r.outcome);
  w.maybe("RequestMediation", r.mediation);
  w.maybe("RequestTribunal", r.tribunal);
  w.maybe("Exported", r.exported);
  if (r.assessment) write_assessment(w, *r.assessment);
  if (r.active_plan) write_active_plan(w, *r.active_plan);
  w.close("Requests");
}

void write_person(Writer& w, const Person& p) {
  w.open("Person");
  w.leaf("Surname", p.surname);
  w.leaf("Forename", p.forename);
  w.maybe("PersonBirthDate", p.birth_date);
  w.leaf("Sex", p.sex);
  w.leaf("Ethnicity", p.ethnicity);
  w.leaf("PostCode", p.postcode);
  w.maybe("UPN", p.upn);
  w.maybe("UniqueLearnerNumber", p.uln);
  w.maybe("UPNunknown", p.upn_unknown);
  for (const auto& r : p.requests) write_request(w, r);
  w.close("Person");
}

}  // namespace

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp;
    std::size_t len = decode(text, i, cp);
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (xml_char(cp)) out.append(text.substr(i, len));
        else out += "\xEF\xBF\xBD";  // U+FFFD replacement character
    }
    i += len;
  }
  return out;
}

bool is_xml_text(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp;
    i += decode(text, i, cp);
    if (!xml_char(cp)) return false;
  }
  return true;
}

std::string write_sen2_xml(const Sen2Return& r) {
  Writer w;
  w.open("Message");
  write_header(w, r.header);
  w.open("Persons");
  for (const auto& p : r.persons) write_person(w, p);
  w.close("Persons");
  w.close("Message");
  return w.take();
}

}  // namespace sendhub::sen2
