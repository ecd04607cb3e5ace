#include "monitoring/snmp.hpp"

// clang-format off
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/large_fd_set.h>
// clang-format on
#include <poll.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstring>
#include <deque>
#include <functional>
#include <list>
#include <mutex>

namespace colo::monitoring::snmp {

Oid parse_oid(std::string_view text) {
  Oid out;
  if (!text.empty() && text.front() == '.') text.remove_prefix(1);
  if (text.empty()) return {};
  while (!text.empty()) {
    auto dot = text.find('.');
    auto part = text.substr(0, dot);
    std::uint32_t n = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), n);
    if (ec != std::errc{} || end != part.data() + part.size() || part.empty()) return {};
    out.push_back(n);
    if (dot == std::string_view::npos) break;
    text.remove_prefix(dot + 1);
    if (text.empty()) return {};
  }
  return out;
}

std::string to_string(const Oid& oid) {
  std::string s;
  for (std::size_t i = 0; i < oid.size(); ++i) {
    if (i) s += '.';
    s += std::to_string(oid[i]);
  }
  return s;
}

bool is_under(const Oid& oid, const Oid& prefix) {
  return oid.size() > prefix.size() && std::equal(prefix.begin(), prefix.end(), oid.begin());
}

bool Value::is_number() const {
  switch (kind) {
    case Kind::integer:
    case Kind::counter32:
    case Kind::counter64:
    case Kind::gauge32:
    case Kind::timeticks:
      return true;
    default:
      return false;
  }
}

bool Value::is_exception() const {
  return kind == Kind::no_such_object || kind == Kind::no_such_instance || kind == Kind::end_of_mib_view;
}

Oid oids::column(const Oid& entry, std::uint32_t column) {
  Oid o = entry;
  o.push_back(column);
  return o;
}

namespace {

using SteadyClock = std::chrono::steady_clock;

void init_library_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    // A library inside a server: no snmp.conf, no persistent state files under /var/lib/snmp, no
    // MIB parsing (the poller speaks numeric OIDs only), and no log lines on stderr.
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_PERSIST_STATE, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_LOAD_HOST_FILES, 1);
    setenv("MIBS", "", 0);
    netsnmp_register_loghandler(NETSNMP_LOGHANDLER_NONE, LOG_DEBUG);
    init_snmp("colo");
  });
}

Value to_value(const netsnmp_variable_list* v) {
  Value out;
  switch (v->type) {
    case ASN_INTEGER:
      out.kind = Kind::integer;
      out.integer = *v->val.integer;
      break;
    case ASN_COUNTER:
      out.kind = Kind::counter32;
      out.unsigned_ = static_cast<std::uint32_t>(*v->val.integer);
      break;
    case ASN_GAUGE:
      out.kind = Kind::gauge32;
      out.unsigned_ = static_cast<std::uint32_t>(*v->val.integer);
      break;
    case ASN_TIMETICKS:
      out.kind = Kind::timeticks;
      out.unsigned_ = static_cast<std::uint32_t>(*v->val.integer);
      break;
    case ASN_COUNTER64:
      out.kind = Kind::counter64;
      out.unsigned_ = (static_cast<std::uint64_t>(v->val.counter64->high) << 32) |
                      static_cast<std::uint32_t>(v->val.counter64->low);
      break;
    case ASN_OCTET_STR:
      out.kind = Kind::octets;
      out.text.assign(reinterpret_cast<const char*>(v->val.string), v->val_len);
      break;
    case ASN_OBJECT_ID: {
      out.kind = Kind::object_id;
      Oid o(v->val.objid, v->val.objid + v->val_len / sizeof(oid));
      out.text = to_string(o);
      break;
    }
    case ASN_IPADDRESS:
      out.kind = Kind::ip_address;
      if (v->val_len == 4)
        out.text = std::to_string(v->val.string[0]) + "." + std::to_string(v->val.string[1]) + "." +
                   std::to_string(v->val.string[2]) + "." + std::to_string(v->val.string[3]);
      break;
    case ASN_NULL:
      out.kind = Kind::null;
      break;
    case SNMP_NOSUCHOBJECT:
      out.kind = Kind::no_such_object;
      break;
    case SNMP_NOSUCHINSTANCE:
      out.kind = Kind::no_such_instance;
      break;
    case SNMP_ENDOFMIBVIEW:
      out.kind = Kind::end_of_mib_view;
      break;
    default:
      out.kind = Kind::other;
  }
  return out;
}

std::string peer_name(const Target& t) {
  // An IPv6 literal needs brackets and the udp6 transport; names and IPv4 go as they are.
  if (t.host.find(':') != std::string::npos) return "udp6:[" + t.host + "]:" + std::to_string(t.port);
  return "udp:" + t.host + ":" + std::to_string(t.port);
}

using Key = std::vector<u_char>;

Key generate_ku(std::string_view pass) {
  Key key(USM_AUTH_KU_LEN);
  size_t len = key.size();
  if (generate_Ku(usmHMACSHA1AuthProtocol, USM_AUTH_PROTO_SHA_LEN, reinterpret_cast<const u_char*>(pass.data()),
                  pass.size(), key.data(), &len) != SNMPERR_SUCCESS)
    return {};
  key.resize(len);
  return key;
}

}  // namespace

struct Engine::Impl {
  EngineOptions options;
  netsnmp_large_fd_set read_set;
  std::map<std::string, Key> ku_cache;          // passphrase -> Ku (SHA), derivation is costly
  std::map<std::string, Key> engine_ids;        // peer -> the agent's snmpEngineID
  std::map<std::string, std::string> v3_users;  // peer -> the credentials its USM user was made with
  // peer -> when its SNMPv3 engine id discovery last went unanswered. net-snmp discovers the engine
  // id synchronously inside snmp_sess_open, so a silent v3 agent would hold up every other one:
  // discovery waits briefly, and a silent agent is not asked again for a while.
  std::map<std::string, SteadyClock::time_point> discovery_failed;

  // One agent being polled.
  struct Job {
    Impl* impl = nullptr;
    std::uint64_t tag = 0;
    Request owned_request;
    Response owned_response;
    const Request* request = &owned_request;
    Response* response = &owned_response;
    void* session = nullptr;
    int fd = -1;
    bool done = false;
    bool walking = false;           // the GET has been answered (or there was none)
    std::string peer, fingerprint;  // v3: to remember the agent's engine id and whose keys it has
    bool discovering = false;       // v3: the engine id is learnt with the first request
    std::vector<Oid> cursors;       // per walked column: the last OID received
    std::vector<bool> active;       // per walked column: still walking
    std::vector<std::size_t> sent;  // column indexes in the request in flight
    SteadyClock::time_point started;
  };

  explicit Impl(EngineOptions o) : options(o) {
    init_library_once();
    netsnmp_large_fd_set_init(&read_set, 65536);
  }
  ~Impl() { netsnmp_large_fd_set_cleanup(&read_set); }

  const Key& ku(const std::string& pass) {
    auto it = ku_cache.find(pass);
    if (it == ku_cache.end()) it = ku_cache.emplace(pass, generate_ku(pass)).first;
    return it->second;
  }

  static void finish(Job& job, Outcome outcome, std::string detail) {
    job.done = true;
    job.response->outcome = outcome;
    job.response->detail = std::move(detail);
    job.response->elapsed_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - job.started).count();
  }

  bool open(Job& job) {
    const auto& t = job.request->target;
    netsnmp_session s;
    snmp_sess_init(&s);
    std::string peer = peer_name(t);
    s.peername = peer.data();
    s.timeout = static_cast<long>(t.timeout_ms) * 1000;
    s.retries = t.retries;
    s.callback = &Impl::on_reply;
    s.callback_magic = &job;
    std::string community = t.credentials.community;
    std::string user = t.credentials.user;
    if (t.credentials.version == Version::v2c) {
      s.version = SNMP_VERSION_2c;
      s.community = reinterpret_cast<u_char*>(community.data());
      s.community_len = community.size();
    } else {
      s.version = SNMP_VERSION_3;
      s.securityName = user.data();
      s.securityNameLen = user.size();
      s.securityLevel = SNMP_SEC_LEVEL_AUTHPRIV;
      s.securityAuthProto = usmHMACSHA1AuthProtocol;
      s.securityAuthProtoLen = USM_AUTH_PROTO_SHA_LEN;
      s.securityPrivProto = usmAESPrivProtocol;
      s.securityPrivProtoLen = USM_PRIV_PROTO_AES_LEN;
      const Key& auth = ku(t.credentials.auth_pass);
      const Key& priv = ku(t.credentials.priv_pass);
      if (auth.empty() || priv.empty()) {
        finish(job, Outcome::error, "cannot derive SNMPv3 keys");
        return false;
      }
      std::memcpy(s.securityAuthKey, auth.data(), auth.size());
      s.securityAuthKeyLen = auth.size();
      std::memcpy(s.securityPrivKey, priv.data(), priv.size());
      s.securityPrivKeyLen = priv.size();
      // A known engine id spares the discovery round trip, which net-snmp makes synchronously.
      if (auto it = engine_ids.find(peer); it != engine_ids.end()) {
        s.securityEngineID = it->second.data();
        s.securityEngineIDLen = it->second.size();
        // net-snmp keeps one USM user per engine id and name and reuses it with its old keys:
        // when the passphrases changed, the stale user must go first.
        std::string fingerprint = user + '\n' + t.credentials.auth_pass + '\n' + t.credentials.priv_pass;
        auto& last = v3_users[peer];
        if (!last.empty() && last != fingerprint) {
          auto* stale = usm_get_user(it->second.data(), it->second.size(), user.data());
          if (stale) {
            usm_remove_user(stale);
            usm_free_user(stale);
          }
        }
        last = fingerprint;
      }
    }
    const bool discovering = t.credentials.version == Version::v3 && s.securityEngineIDLen == 0;
    if (discovering) {
      if (auto it = discovery_failed.find(peer);
          it != discovery_failed.end() && SteadyClock::now() - it->second < options.v3_discovery_backoff) {
        finish(job, Outcome::timeout, "no answer to SNMPv3 discovery (asked again later)");
        return false;
      }
      s.timeout = std::min<long>(s.timeout, static_cast<long>(options.v3_discovery_timeout_ms) * 1000);
      s.retries = 0;
    }
    job.session = snmp_sess_open(&s);
    if (!job.session) {
      int liberr = 0, syserr = 0;
      char* text = nullptr;
      snmp_error(&s, &liberr, &syserr, &text);
      if (discovering) discovery_failed[peer] = SteadyClock::now();
      finish(job, liberr == SNMPERR_TIMEOUT || discovering ? Outcome::timeout : Outcome::error,
             text ? text : "cannot open session");
      SNMP_FREE(text);
      return false;
    }
    job.discovering = discovering;
    if (t.credentials.version == Version::v3) {
      job.peer = peer;
      job.fingerprint = user + '\n' + t.credentials.auth_pass + '\n' + t.credentials.priv_pass;
    }
    auto* transport = snmp_sess_transport(job.session);
    job.fd = transport ? transport->sock : -1;
    return true;
  }

  bool send_get(Job& job) {
    auto* pdu = snmp_pdu_create(SNMP_MSG_GET);
    for (const auto& o : job.request->get) {
      std::vector<oid> name(o.begin(), o.end());
      snmp_add_null_var(pdu, name.data(), name.size());
    }
    return send(job, pdu);
  }

  bool send_bulk(Job& job) {
    auto* pdu = snmp_pdu_create(SNMP_MSG_GETBULK);
    pdu->non_repeaters = 0;
    job.sent.clear();
    for (std::size_t i = 0; i < job.cursors.size(); ++i) {
      if (!job.active[i]) continue;
      job.sent.push_back(i);
      std::vector<oid> name(job.cursors[i].begin(), job.cursors[i].end());
      snmp_add_null_var(pdu, name.data(), name.size());
    }
    // Keep a reply within one datagram: fewer rows when many columns go side by side.
    int reps = std::max(1, job.request->target.bulk_rows);
    if (job.sent.size() > 4) reps = std::max(1, reps * 4 / static_cast<int>(job.sent.size()));
    pdu->max_repetitions = reps;
    return send(job, pdu);
  }

  bool send(Job& job, netsnmp_pdu* pdu) {
    if (++job.response->requests > options.max_walk_requests) {
      snmp_free_pdu(pdu);
      finish(job, Outcome::malformed, "walk did not end");
      return false;
    }
    if (snmp_sess_async_send(job.session, pdu, &Impl::on_reply, &job) == 0) {
      snmp_free_pdu(pdu);
      if (job.discovering) {
        // net-snmp discovers the engine id within the send, synchronously: it went unanswered.
        discovery_failed[job.peer] = SteadyClock::now();
        finish(job, Outcome::timeout, "no answer to SNMPv3 discovery");
        return false;
      }
      finish(job, Outcome::error, snmp_api_errstring(snmp_errno));
      return false;
    }
    return true;
  }

  // The GET first, then GETBULK until every column has ended.
  void start(Job& job) {
    if (!job.request->get.empty()) {
      send_get(job);
      return;
    }
    job.walking = true;
    walk_on(job);
  }

  void walk_on(Job& job) {
    if (std::none_of(job.active.begin(), job.active.end(), [](bool a) { return a; })) {
      finish(job, Outcome::ok, {});
      return;
    }
    send_bulk(job);
  }

  void on_get_reply(Job& job, netsnmp_pdu* pdu) {
    for (auto* v = pdu->variables; v; v = v->next_variable)
      job.response->varbinds.push_back({Oid(v->name, v->name + v->name_length), to_value(v)});
    job.walking = true;
    walk_on(job);
  }

  void on_bulk_reply(Job& job, netsnmp_pdu* pdu) {
    std::size_t k = job.sent.size(), i = 0;
    std::vector<bool> advanced(job.cursors.size(), false);
    for (auto* v = pdu->variables; v; v = v->next_variable, ++i) {
      std::size_t col = job.sent[i % k];
      if (!job.active[col]) continue;
      Oid name(v->name, v->name + v->name_length);
      const Oid& column = job.request->walk[col];
      Value value = to_value(v);
      if (value.is_exception() || !is_under(name, column)) {
        job.active[col] = false;
        continue;
      }
      // An agent whose walk does not move forward would keep us asking for ever.
      if (!std::lexicographical_compare(job.cursors[col].begin(), job.cursors[col].end(), name.begin(), name.end())) {
        finish(job, Outcome::malformed, "OIDs not increasing in column " + to_string(column));
        return;
      }
      job.cursors[col] = name;
      advanced[col] = true;
      job.response->varbinds.push_back({std::move(name), std::move(value)});
    }
    // A column the reply said nothing about (an empty reply, or truncated rows) would never end.
    for (std::size_t c : job.sent)
      if (job.active[c] && !advanced[c]) job.active[c] = false;
    walk_on(job);
  }

  static int on_reply(int operation, netsnmp_session*, int, netsnmp_pdu* pdu, void* magic) {
    auto& job = *static_cast<Job*>(magic);
    if (job.done) return 1;
    if (operation == NETSNMP_CALLBACK_OP_RESEND) return 1;  // a retry is on its way
    if (operation == NETSNMP_CALLBACK_OP_TIMED_OUT) {
      finish(job, Outcome::timeout, "no answer");
      return 1;
    }
    if (operation == NETSNMP_CALLBACK_OP_SEC_ERROR) {
      finish(job, Outcome::error, "SNMPv3 authentication or privacy failed");
      return 1;
    }
    if (operation != NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE) {
      finish(job, Outcome::error, "session failed");
      return 1;
    }
    if (job.discovering) {
      // Discovered: the rest of the walk gets the target's own timeout and retries.
      job.discovering = false;
      job.impl->discovery_failed.erase(job.peer);
      auto* sp = snmp_sess_session(job.session);
      sp->timeout = static_cast<long>(job.request->target.timeout_ms) * 1000;
      sp->retries = job.request->target.retries;
    }
    if (!job.peer.empty() && pdu->securityEngineIDLen) {
      job.impl->engine_ids[job.peer] = Key(pdu->securityEngineID, pdu->securityEngineID + pdu->securityEngineIDLen);
      job.impl->v3_users[job.peer] = job.fingerprint;
    }
    if (pdu->command != SNMP_MSG_RESPONSE) {
      finish(job, Outcome::error, "unexpected PDU");
      return 1;
    }
    if (pdu->errstat != SNMP_ERR_NOERROR) {
      finish(job, Outcome::error, std::string("agent error: ") + snmp_errstring(pdu->errstat));
      return 1;
    }
    if (!job.walking)
      job.impl->on_get_reply(job, pdu);
    else
      job.impl->on_bulk_reply(job, pdu);
    return 1;
  }

  void run(const Engine::Feed& feed, const Engine::Done& done, const std::function<bool()>& keep_going) {
    std::list<Job> jobs;  // stable addresses: net-snmp holds a pointer to each
    std::vector<std::list<Job>::iterator> running;
    std::deque<std::pair<std::uint64_t, Request>> pending;
    auto finish_job = [&](std::list<Job>::iterator it) {
      if (it->session) snmp_sess_close(it->session);
      it->session = nullptr;
      done(it->tag, std::move(it->owned_response));
      jobs.erase(it);
    };
    auto start_more = [&] {
      while (!pending.empty() && static_cast<int>(running.size()) < options.max_in_flight) {
        auto it = jobs.emplace(jobs.end());
        Job& job = *it;
        job.impl = this;
        job.tag = pending.front().first;
        job.owned_request = std::move(pending.front().second);
        pending.pop_front();
        job.started = SteadyClock::now();
        job.cursors = job.request->walk;
        job.active.assign(job.cursors.size(), true);
        if (open(job)) start(job);
        if (job.done) {
          finish_job(it);
          continue;
        }
        running.push_back(it);
      }
    };
    std::vector<pollfd> fds;
    auto last_sweep = SteadyClock::now();
    bool feeding = true;
    while (true) {
      if (feeding) {
        feeding = keep_going();
        for (auto& r : feed()) pending.push_back(std::move(r));
      }
      start_more();
      if (!feeding && running.empty() && pending.empty()) break;
      fds.clear();
      for (auto it : running) fds.push_back({it->fd, POLLIN, 0});
      // Idle, the loop only looks for new work; busy, it also sweeps for timeouts.
      int n = ::poll(fds.data(), fds.size(), running.empty() ? 100 : 20);
      if (n > 0) {
        for (std::size_t i = 0; i < fds.size(); ++i) {
          if (!(fds[i].revents & (POLLIN | POLLERR | POLLHUP))) continue;
          Job& job = *running[i];
          if (job.done || fds[i].fd < 0) continue;
          NETSNMP_LARGE_FD_SET(fds[i].fd, &read_set);
          snmp_sess_read2(job.session, &read_set);
          NETSNMP_LARGE_FD_CLR(fds[i].fd, &read_set);
        }
      }
      auto now = SteadyClock::now();
      if (n == 0 || now - last_sweep >= std::chrono::milliseconds(20)) {
        last_sweep = now;
        for (auto it : running)
          if (!it->done) snmp_sess_timeout(it->session);
      }
      std::erase_if(running, [&](std::list<Job>::iterator it) {
        if (!it->done) return false;
        finish_job(it);
        return true;
      });
    }
  }
};

Engine::Engine(EngineOptions options) : impl_(std::make_unique<Impl>(options)) {}
Engine::~Engine() = default;

std::vector<Response> Engine::poll(const std::vector<Request>& requests) {
  std::vector<Response> responses(requests.size());
  bool fed = false;
  impl_->run(
      [&] {
        std::vector<std::pair<std::uint64_t, Request>> all;
        if (fed) return all;
        fed = true;
        for (std::size_t i = 0; i < requests.size(); ++i) all.emplace_back(i, requests[i]);
        return all;
      },
      [&](std::uint64_t tag, Response r) { responses[tag] = std::move(r); }, [] { return false; });
  return responses;
}

void Engine::stream(const Feed& feed, const Done& done, const std::function<bool()>& keep_going) {
  impl_->run(feed, done, keep_going);
}

}  // namespace colo::monitoring::snmp
