// SNMP client over net-snmp's asynchronous single-session API: many agents in flight at once from
// one thread, scalars by GET and tables by GETBULK. A slow or silent agent costs only its own
// timeout; the others are answered as their replies arrive.
//
// Thread-safety: net-snmp keeps process-wide state (the USM user and engine-time caches), so all
// polls of one process run on one Engine on one thread at a time. Engine::poll is not re-entrant.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace colo::monitoring::snmp {

using Oid = std::vector<std::uint32_t>;

// "1.3.6.1.2.1.1.3.0" (a leading dot is allowed); empty when the text is not an OID.
Oid parse_oid(std::string_view text);
std::string to_string(const Oid& oid);
// Whether `oid` lies strictly under `prefix` (`prefix` itself is not under it).
bool is_under(const Oid& oid, const Oid& prefix);

enum class Version { v2c, v3 };

// How to speak to one agent. v3 is always authPriv with SHA and AES-128 (the only combination the
// credentials API accepts: anything weaker leaves community-grade secrets on the wire).
struct Credentials {
  Version version = Version::v2c;
  std::string community;             // v2c
  std::string user;                  // v3 security name
  std::string auth_pass, priv_pass;  // v3 passphrases (at least 8 characters each)
};

struct Target {
  std::string host;  // address as the ledger has it (IPv4 or IPv6 literal, or a name)
  std::uint16_t port = 161;
  Credentials credentials;
  int timeout_ms = 2000;  // per attempt
  int retries = 1;        // further attempts after the first
  int bulk_rows = 24;     // GETBULK max-repetitions
};

enum class Kind {
  integer,
  counter32,
  counter64,
  gauge32,
  timeticks,
  octets,
  object_id,
  ip_address,
  null,
  no_such_object,
  no_such_instance,
  end_of_mib_view,
  other,
};

struct Value {
  Kind kind = Kind::null;
  std::int64_t integer = 0;     // integer
  std::uint64_t unsigned_ = 0;  // counter32/64, gauge32, timeticks
  std::string text;             // octets (raw bytes), object_id and ip_address (dotted)
  bool is_number() const;
  bool is_exception() const;
};

struct Varbind {
  Oid oid;
  Value value;
};

// What to ask one agent: scalars by one GET, then each column (a table column's OID, such as
// ifHCInOctets) walked by GETBULK with all columns of a request side by side.
struct Request {
  Target target;
  std::vector<Oid> get;
  std::vector<Oid> walk;
};

enum class Outcome {
  ok,
  timeout,    // no answer within timeout × (retries + 1)
  error,      // the agent answered an error status, or the session could not be opened
  malformed,  // the agent answered something that is not a sensible reply (walk went backwards, ...)
};

struct Response {
  Outcome outcome = Outcome::ok;
  std::string detail;             // for logs: the net-snmp error text, or what was wrong with the reply
  std::vector<Varbind> varbinds;  // GET results first, then walked rows in the order received
  std::int64_t elapsed_ms = 0;
  int requests = 0;  // PDUs sent (retries not counted)
};

struct EngineOptions {
  int max_in_flight = 256;      // agents being spoken to at once (one UDP socket each)
  int max_walk_requests = 512;  // a walk longer than this is cut off and reported malformed
  // SNMPv3 engine id discovery (first contact) blocks the polling thread, so it waits at most
  // this long, and an agent that did not answer it is not asked again before the backoff.
  int v3_discovery_timeout_ms = 500;
  std::chrono::milliseconds v3_discovery_backoff{std::chrono::minutes(10)};
};

// Polls many agents at once. Keeps what can be kept between polls (v3 engine ids and localised
// keys), so polling the same agents again costs no key derivation and no discovery round trip.
class Engine {
 public:
  explicit Engine(EngineOptions options = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Polls every request; the answer i belongs to request i. Returns when all are done.
  std::vector<Response> poll(const std::vector<Request>& requests);

  // Polls without end: `feed` is asked for new requests (each with a tag of the caller's) every
  // time round the loop (at least every 100 ms), so that a device coming due does not wait for a
  // slow one still in flight; `done` gets each answer with its tag. Returns once `keep_going`
  // said false and everything in flight is answered. Callbacks run on the calling thread.
  using Feed = std::function<std::vector<std::pair<std::uint64_t, Request>>()>;
  using Done = std::function<void(std::uint64_t, Response)>;
  void stream(const Feed& feed, const Done& done, const std::function<bool()>& keep_going);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Well-known OIDs the poller and discovery read.
namespace oids {
inline const Oid kSysObjectId{1, 3, 6, 1, 2, 1, 1, 2, 0};
inline const Oid kSysUpTime{1, 3, 6, 1, 2, 1, 1, 3, 0};
inline const Oid kSysName{1, 3, 6, 1, 2, 1, 1, 5, 0};
inline const Oid kIfEntry{1, 3, 6, 1, 2, 1, 2, 2, 1};       // ifTable columns: kIfEntry + column
inline const Oid kIfXEntry{1, 3, 6, 1, 2, 1, 31, 1, 1, 1};  // ifXTable columns
Oid column(const Oid& entry, std::uint32_t column);
}  // namespace oids

}  // namespace colo::monitoring::snmp
