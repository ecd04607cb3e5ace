#include "search/search.hpp"

#include "search/store.hpp"

namespace colo::search {

const std::vector<Kind>& all_kinds() {
  static const std::vector<Kind> kinds = {
      {"devices", "dcim.read"},
      {"racks", "dcim.read"},
      {"customers", "customers.read"},
      {"contracts", "contracts.read"},
      {"applications", "applications.read"},
      {"addresses", "ipam.read"},
      {"prefixes", "ipam.read"},
  };
  return kinds;
}

std::vector<std::string> kinds_for(const Context& ctx) {
  std::vector<std::string> out;
  for (const auto& k : all_kinds())
    if (ctx.can(k.permission)) out.push_back(k.type);
  return out;
}

Result<std::vector<Group>> search(db::Database& db, const Context& ctx, std::string_view text, int per_kind,
                                  Instant now) {
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
  const std::string needle(text);
  std::vector<Group> out;
  for (const auto& type : kinds_for(ctx)) {
    // One more than shown tells whether there are more.
    COLO_TRY(auto hits, store::find(tx, ctx, type, needle, per_kind + 1, now));
    if (hits.empty()) continue;
    Group g{type, std::move(hits), false};
    if (g.hits.size() > static_cast<std::size_t>(per_kind)) {
      g.hits.resize(per_kind);
      g.more = true;
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace colo::search
