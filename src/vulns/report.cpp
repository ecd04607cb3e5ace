#include "vulns/report.hpp"

#include <expat.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <map>
#include <memory>

#include "vulns/rules.hpp"

namespace colo::vulns {

namespace {

Error malformed(std::string why) {
  return Error::unprocessable("vulns.report.malformed", "The report cannot be read: " + why,
                              {{"report", "vulns.report.malformed", "Not an nmap or OpenVAS XML report."}});
}

// Elements deeper than this are refused: real reports are shallow.
constexpr std::size_t kMaxDepth = 64;

struct Element {
  std::string name;
  std::map<std::string, std::string, std::less<>> attrs;
  std::string text;  // character data directly inside it
};

// Walks a document with expat, calling `on_end` with the stack (the closing element last).
class Walker {
 public:
  using OnStart = std::function<void(const std::vector<Element>&)>;
  using OnEnd = std::function<void(const std::vector<Element>&)>;

  Walker(OnStart start, OnEnd end) : start_(std::move(start)), end_(std::move(end)) {}

  Status parse(std::string_view xml) {
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> p(XML_ParserCreate("UTF-8"),
                                                                                    &XML_ParserFree);
    if (!p) return Error::internal("expat: cannot create a parser");
    parser_ = p.get();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &Walker::on_start, &Walker::on_end);
    XML_SetCharacterDataHandler(parser_, &Walker::on_text);
    XML_SetStartDoctypeDeclHandler(parser_, &Walker::on_doctype);
    if (xml.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) return malformed("too large");
    if (XML_Parse(parser_, xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR) {
      if (!why_.empty()) return malformed(why_);
      return malformed(std::string(XML_ErrorString(XML_GetErrorCode(parser_))) + " at line " +
                       std::to_string(XML_GetCurrentLineNumber(parser_)));
    }
    return {};
  }

 private:
  static void on_start(void* self, const XML_Char* name, const XML_Char** attrs) {
    auto& w = *static_cast<Walker*>(self);
    if (w.stack_.size() >= kMaxDepth) {
      w.why_ = "nested too deeply";
      XML_StopParser(w.parser_, XML_FALSE);
      return;
    }
    Element e;
    e.name = name;
    for (int i = 0; attrs[i]; i += 2) e.attrs.emplace(attrs[i], attrs[i + 1]);
    w.stack_.push_back(std::move(e));
    w.start_(w.stack_);
  }
  static void on_end(void* self, const XML_Char*) {
    auto& w = *static_cast<Walker*>(self);
    w.end_(w.stack_);
    w.stack_.pop_back();
  }
  static void on_text(void* self, const XML_Char* s, int len) {
    auto& w = *static_cast<Walker*>(self);
    if (!w.stack_.empty()) w.stack_.back().text.append(s, static_cast<std::size_t>(len));
  }
  // nmap writes a bare <!DOCTYPE nmaprun>; anything more (an external DTD, declared entities)
  // is what entity expansion and external-entity attacks need, so it stops the parse.
  static void on_doctype(void* self, const XML_Char*, const XML_Char* sysid, const XML_Char* pubid,
                         int has_internal_subset) {
    if (!sysid && !pubid && !has_internal_subset) return;
    auto& w = *static_cast<Walker*>(self);
    w.why_ = "a document type declaration with a DTD or entities is not accepted";
    XML_StopParser(w.parser_, XML_FALSE);
  }

  OnStart start_;
  OnEnd end_;
  XML_Parser parser_ = nullptr;
  std::vector<Element> stack_;
  std::string why_;
};

std::string attr(const Element& e, std::string_view key) {
  auto it = e.attrs.find(key);
  return it == e.attrs.end() ? std::string() : it->second;
}

std::string trimmed(std::string s) {
  const auto* ws = " \t\r\n";
  auto a = s.find_first_not_of(ws);
  if (a == std::string::npos) return {};
  auto b = s.find_last_not_of(ws);
  return s.substr(a, b - a + 1);
}

bool is(const std::vector<Element>& st, std::initializer_list<std::string_view> tail) {
  if (st.size() < tail.size()) return false;
  auto it = st.end() - static_cast<std::ptrdiff_t>(tail.size());
  for (auto name : tail)
    if ((it++)->name != name) return false;
  return true;
}

int port_number(std::string_view s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || v < 0 || v > 65535) return -1;
  return v;
}

}  // namespace

Result<Report> parse_nmap_xml(std::string_view xml) {
  Report r;
  r.kind = "nmap";
  bool root_seen = false;
  std::string error;
  // The host being read: its address, whether it is up, its open ports.
  std::string host_address;
  bool host_up = false;
  std::vector<ReportPort> host_ports;
  ReportPort port;
  bool port_open = false;
  Walker w(
      [&](const std::vector<Element>& st) {
        const auto& e = st.back();
        if (st.size() == 1) root_seen = e.name == "nmaprun";
        if (is(st, {"nmaprun", "scaninfo"}) && attr(e, "protocol") == "tcp") {
          if (!r.scanned_tcp_ports.empty()) r.scanned_tcp_ports += ",";
          r.scanned_tcp_ports += attr(e, "services");
        } else if (is(st, {"nmaprun", "host"})) {
          host_address.clear();
          host_up = false;
          host_ports.clear();
        } else if (is(st, {"host", "status"})) {
          host_up = attr(e, "state") == "up";
        } else if (is(st, {"host", "address"})) {
          const auto type = attr(e, "addrtype");
          if (type == "ipv4" || type == "ipv6") host_address = attr(e, "addr");
        } else if (is(st, {"ports", "port"})) {
          port = ReportPort{};
          port.protocol = attr(e, "protocol");
          port.port = port_number(attr(e, "portid"));
          port_open = false;
        } else if (is(st, {"port", "state"})) {
          port_open = attr(e, "state") == "open";
        } else if (is(st, {"port", "service"})) {
          port.service = attr(e, "name");
          port.product = attr(e, "product");
          port.version = attr(e, "version");
        }
      },
      [&](const std::vector<Element>& st) {
        if (is(st, {"ports", "port"})) {
          if (port_open && port.port > 0) host_ports.push_back(port);
        } else if (is(st, {"nmaprun", "host"})) {
          if (host_address.empty()) {
            error = "a host without an address";
            return;
          }
          if (host_up) r.hosts.push_back(host_address);
          for (auto& p : host_ports) {
            p.host = host_address;
            r.ports.push_back(std::move(p));
          }
        }
      });
  COLO_CHECK(w.parse(xml));
  if (!root_seen) return malformed("not an nmap run (the root element is not <nmaprun>)");
  if (!error.empty()) return malformed(error);
  return r;
}

Result<Report> parse_openvas_xml(std::string_view xml) {
  Report r;
  r.kind = "openvas";
  bool root_seen = false;
  ReportResult result;
  std::string cvss_base, severity;
  Walker w(
      [&](const std::vector<Element>& st) {
        if (st.size() == 1) root_seen = st.back().name == "report";
        if (is(st, {"results", "result"})) {
          result = ReportResult{};
          cvss_base.clear();
          severity.clear();
        } else if (is(st, {"result", "nvt"})) {
          result.oid = attr(st.back(), "oid");
        }
      },
      [&](const std::vector<Element>& st) {
        const auto& e = st.back();
        if (is(st, {"result", "host"})) {
          result.host = trimmed(e.text);
        } else if (is(st, {"result", "port"})) {
          // "22/tcp", "general/tcp", "package"
          const auto text = trimmed(e.text);
          const auto slash = text.find('/');
          result.protocol = slash == std::string::npos ? "tcp" : text.substr(slash + 1);
          result.port = std::max(0, port_number(text.substr(0, slash)));
        } else if (is(st, {"result", "nvt", "name"})) {
          result.name = trimmed(e.text);
        } else if (is(st, {"result", "name"})) {
          if (result.name.empty()) result.name = trimmed(e.text);
        } else if (is(st, {"result", "nvt", "cvss_base"})) {
          cvss_base = trimmed(e.text);
        } else if (is(st, {"result", "severity"})) {
          severity = trimmed(e.text);
        } else if (is(st, {"result", "description"})) {
          result.description = trimmed(e.text);
        } else if (is(st, {"results", "result"})) {
          result.cvss_tenths = parse_cvss(severity);
          if (!result.cvss_tenths) result.cvss_tenths = parse_cvss(cvss_base);
          if (result.protocol != "tcp" && result.protocol != "udp") result.protocol = "tcp";
          if (!result.host.empty() && !result.oid.empty()) {
            if (std::find(r.hosts.begin(), r.hosts.end(), result.host) == r.hosts.end()) r.hosts.push_back(result.host);
            r.results.push_back(std::move(result));
          }
        } else if (st.size() >= 2 && st[st.size() - 2].name == "host" && e.name == "ip" &&
                   (st.size() < 3 || st[st.size() - 3].name == "report")) {
          // The report's list of scanned hosts (those without results were scanned too).
          auto ip = trimmed(e.text);
          if (!ip.empty() && std::find(r.hosts.begin(), r.hosts.end(), ip) == r.hosts.end()) r.hosts.push_back(ip);
        }
      });
  COLO_CHECK(w.parse(xml));
  if (!root_seen) return malformed("not an OpenVAS/GVM report (the root element is not <report>)");
  return r;
}

}  // namespace colo::vulns
