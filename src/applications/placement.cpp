#include "applications/placement.hpp"

#include <algorithm>
#include <bitset>
#include <map>
#include <tuple>

namespace colo::applications {

namespace {

constexpr int kFirstHu = 2;          // U1 starts at hu 2
constexpr std::size_t kMaxHu = 208;  // racks are at most 100U: hu [2, 202)

using Bits = std::bitset<kMaxHu>;

// How far an item got in one rack: the reason for an item that fits nowhere is the furthest
// stage any candidate rack reached.
enum Stage { kNoSpace = 1, kNoPower = 2, kTooHeavy = 3, kFits = 4 };

struct Gap {
  int bottom_hu = 0;
  int length = 0;  // of the free run the item goes into (best fit: the smallest that takes it)
};

// The working state of one candidate rack during a search.
struct Work {
  const RackCapacity* rack = nullptr;
  Bits front, rear;  // occupied half units
  int top_hu = 0;    // one past the last usable half unit
  std::int64_t a_free = 0, b_free = 0;
  std::int64_t weight_free = 0;  // < 0: no limit
  bool customer = false;         // dedicated to or used by the applicant
  bool opened = false;           // used by this proposal
  int opened_order = 0;
  // Cached: the longest free run on both faces, on each face, and the half units free on both.
  int run_both = 0, run_front = 0, run_rear = 0, free_both = 0;

  std::int64_t power_headroom(bool redundant) const {
    return redundant ? std::min(a_free, b_free) : std::max(a_free, b_free);
  }
};

void mark(Bits& bits, int bottom, int height, int top) {
  for (int h = std::max(bottom, kFirstHu); h < std::min(bottom + height, top); ++h)
    bits.set(static_cast<std::size_t>(h));
}

int longest_run(const Bits& occupied, int top) {
  int best = 0, run = 0;
  for (int h = kFirstHu; h < top; ++h) {
    if (occupied.test(static_cast<std::size_t>(h))) {
      run = 0;
    } else {
      best = std::max(best, ++run);
    }
  }
  return best;
}

void refresh(Work& w) {
  Bits both = w.front | w.rear;
  w.run_both = longest_run(both, w.top_hu);
  w.run_front = longest_run(w.front, w.top_hu);
  w.run_rear = longest_run(w.rear, w.top_hu);
  int free = 0;
  for (int h = kFirstHu; h < w.top_hu; ++h)
    if (!both.test(static_cast<std::size_t>(h))) ++free;
  w.free_both = free;
}

// The smallest free run of `occupied` that takes `height` half units, lowest first.
std::optional<Gap> best_gap(const Bits& occupied, int top, int height) {
  std::optional<Gap> best;
  int start = -1;
  for (int h = kFirstHu; h <= top; ++h) {
    bool free = h < top && !occupied.test(static_cast<std::size_t>(h));
    if (free) {
      if (start < 0) start = h;
      continue;
    }
    if (start >= 0) {
      int len = h - start;
      if (len >= height && (!best || len < best->length)) best = Gap{start, len};
      start = -1;
    }
  }
  return best;
}

struct Fit {
  Stage stage = kNoSpace;
  int bottom_hu = 0;
  int gap = 0;
  std::string face;
  std::string feed;
  std::int64_t load_a = 0, load_b = 0;
};

// Whether the item fits the rack, and where (best fit across the faces it may use).
Fit evaluate(const Work& w, const PlacementItem& item, bool redundant, bool want_position) {
  Fit f;
  if (item.height_hu > 0) {
    if (item.full_depth) {
      if (w.run_both < item.height_hu) return f;
      f.face = "both";
    } else {
      if (w.run_front < item.height_hu && w.run_rear < item.height_hu) return f;
      f.face = w.run_front >= item.height_hu ? "front" : "rear";
    }
  } else {
    f.face = "none";
  }
  f.stage = kNoPower;
  if (redundant) {
    if (w.a_free < item.power_w || w.b_free < item.power_w) return f;
    f.feed = "A+B";
    f.load_a = f.load_b = item.power_w;
  } else {
    // A single-corded device goes on the feed with more headroom.
    bool a = w.a_free >= w.b_free;
    if ((a ? w.a_free : w.b_free) < item.power_w) return f;
    f.feed = a ? "A" : "B";
    (a ? f.load_a : f.load_b) = item.power_w;
  }
  f.stage = kTooHeavy;
  if (w.weight_free >= 0 && w.weight_free < item.weight_g) return f;
  f.stage = kFits;
  if (!want_position || item.height_hu == 0) return f;
  if (item.full_depth) {
    auto g = best_gap(w.front | w.rear, w.top_hu, item.height_hu);
    f.bottom_hu = g->bottom_hu;
    f.gap = g->length;
  } else {
    auto front = w.run_front >= item.height_hu ? best_gap(w.front, w.top_hu, item.height_hu) : std::nullopt;
    auto rear = w.run_rear >= item.height_hu ? best_gap(w.rear, w.top_hu, item.height_hu) : std::nullopt;
    bool use_front = front && (!rear || front->length <= rear->length);
    const Gap& g = use_front ? *front : *rear;
    f.face = use_front ? "front" : "rear";
    f.bottom_hu = g.bottom_hu;
    f.gap = g.length;
  }
  return f;
}

void apply(Work& w, const PlacementItem& item, const Fit& f) {
  if (item.height_hu > 0) {
    if (f.face == "both" || f.face == "front") mark(w.front, f.bottom_hu, item.height_hu, w.top_hu);
    if (f.face == "both" || f.face == "rear") mark(w.rear, f.bottom_hu, item.height_hu, w.top_hu);
    refresh(w);
  }
  w.a_free -= f.load_a;
  w.b_free -= f.load_b;
  if (w.weight_free >= 0) w.weight_free -= item.weight_g;
}

Work make_work(const RackCapacity& r, std::int64_t customer) {
  Work w;
  w.rack = &r;
  w.top_hu = std::min<int>((std::clamp(r.u_height, 0, 100) + 1) * 2, static_cast<int>(kMaxHu));
  for (const auto& s : r.front) mark(w.front, s.bottom_hu, s.height_hu, w.top_hu);
  for (const auto& s : r.rear) mark(w.rear, s.bottom_hu, s.height_hu, w.top_hu);
  for (const auto& s : r.reservations) {
    if (s.customer_id == customer) continue;  // the applicant's own reserved units are its to use
    mark(w.front, s.bottom_hu, s.height_hu, w.top_hu);
    mark(w.rear, s.bottom_hu, s.height_hu, w.top_hu);
  }
  w.a_free = r.power_a_w - r.allocated_a_w;
  w.b_free = r.power_b_w - r.allocated_b_w;
  w.weight_free = r.max_weight_g > 0 ? std::max<std::int64_t>(0, r.max_weight_g - r.weight_g) : -1;
  w.customer = (r.owner && *r.owner == customer) || r.used_by_customer;
  refresh(w);
  return w;
}

bool empty_rack(const RackCapacity& r, std::int64_t customer) {
  if (!r.front.empty() || !r.rear.empty()) return false;
  for (const auto& s : r.reservations)
    if (s.customer_id != customer) return false;
  return true;
}

std::string unplaced_message(Stage stage, const PlacementItem& item, bool redundant, const std::string& scope) {
  auto units = [](int hu) { return hu % 2 ? std::to_string(hu / 2) + ".5U" : std::to_string(hu / 2) + "U"; };
  switch (stage) {
    case kNoSpace:
      return "No rack " + scope + " has " + units(item.height_hu) + " of contiguous free units" +
             (item.full_depth ? " on both faces (full-depth device)." : " on a face.");
    case kNoPower:
      return redundant
                 ? "No rack " + scope + " with room for it has " + std::to_string(item.power_w) +
                       " W free on feed A and on feed B (A+B redundancy: each feed must carry the full draw)."
                 : "No rack " + scope + " with room for it has " + std::to_string(item.power_w) + " W free on a feed.";
    case kTooHeavy:
      return "No rack " + scope + " with room and power for it can carry another " +
             std::to_string(item.weight_g / 1000) + "." + std::to_string(item.weight_g % 1000 / 100) + " kg.";
    default:
      return "";
  }
}

const char* unplaced_code(Stage stage) {
  switch (stage) {
    case kNoSpace:
      return "applications.placement.no_space";
    case kNoPower:
      return "applications.placement.no_power";
    case kTooHeavy:
      return "applications.placement.too_heavy";
    default:
      return "applications.placement.no_racks";
  }
}

// The search within one set of candidate racks (one site).
Proposal search(const PlacementRequest& req, std::vector<Work>& works, const std::string& scope) {
  Proposal p;
  int opened = 0;
  auto open = [&](Work& w) {
    if (w.opened) return;
    w.opened = true;
    w.opened_order = opened++;
    p.racks.push_back(w.rack->id);
  };

  if (req.whole_racks > 0) {
    std::vector<Work*> empty;
    for (auto& w : works)
      if (empty_rack(*w.rack, req.customer_id)) empty.push_back(&w);
    std::stable_sort(empty.begin(), empty.end(), [&](const Work* a, const Work* b) {
      bool ao = a->rack->owner.has_value(), bo = b->rack->owner.has_value();
      if (ao != bo) return ao;  // the customer's own dedicated racks first
      auto ap = a->power_headroom(req.redundant), bp = b->power_headroom(req.redundant);
      if (ap != bp) return ap > bp;
      return a->rack->id < b->rack->id;
    });
    if (static_cast<int>(empty.size()) < req.whole_racks)
      p.problems.push_back("Only " + std::to_string(empty.size()) + " empty rack(s) " + scope + "; " +
                           std::to_string(req.whole_racks) + " requested.");
    for (std::size_t i = 0; i < empty.size() && static_cast<int>(i) < req.whole_racks; ++i) {
      open(*empty[i]);
      p.whole_racks.push_back(empty[i]->rack->id);
    }
  }

  std::vector<std::size_t> order(req.items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = req.items[a];
    const auto& y = req.items[b];
    if (x.height_hu != y.height_hu) return x.height_hu > y.height_hu;
    return x.power_w > y.power_w;
  });
  std::int64_t remaining_hu = 0, remaining_w = 0;
  for (const auto& it : req.items) {
    remaining_hu += it.height_hu;
    remaining_w += it.power_w;
  }

  for (std::size_t idx : order) {
    const auto& item = req.items[idx];
    Stage furthest = works.empty() ? Stage{} : kNoSpace;
    Work* chosen = nullptr;
    // 1. Racks this proposal already uses: the tightest gap, then the fullest rack.
    std::tuple<int, int, int> best_key{};
    for (auto& w : works) {
      if (!w.opened) continue;
      auto f = evaluate(w, item, req.redundant, true);
      furthest = std::max(furthest, f.stage);
      if (f.stage != kFits) continue;
      std::tuple<int, int, int> key{f.gap, w.free_both, w.opened_order};
      if (!chosen || key < best_key) {
        chosen = &w;
        best_key = key;
      }
    }
    // 2. and 3. A new rack, the customer's before the others: the smallest that takes all that
    // is left to place, else the largest (fewest racks overall).
    if (!chosen && req.whole_racks == 0) {
      for (int tier = 0; tier < 2 && !chosen; ++tier) {
        std::tuple<int, std::int64_t, std::int64_t, std::int64_t> open_key{};
        for (auto& w : works) {
          if (w.opened || w.customer != (tier == 0)) continue;
          auto f = evaluate(w, item, req.redundant, false);
          furthest = std::max(furthest, f.stage);
          if (f.stage != kFits) continue;
          bool takes_all = w.free_both >= remaining_hu && w.power_headroom(req.redundant) >= remaining_w;
          std::tuple<int, std::int64_t, std::int64_t, std::int64_t> key =
              takes_all ? std::tuple<int, std::int64_t, std::int64_t, std::int64_t>{0, w.free_both,
                                                                                    w.power_headroom(req.redundant),
                                                                                    w.rack->id}
                        : std::tuple<int, std::int64_t, std::int64_t, std::int64_t>{
                              1, -w.free_both, -w.power_headroom(req.redundant), w.rack->id};
          if (!chosen || key < open_key) {
            chosen = &w;
            open_key = key;
          }
        }
      }
    }
    remaining_hu -= item.height_hu;
    remaining_w -= item.power_w;
    if (!chosen) {
      std::string code = works.empty() ? "applications.placement.no_racks" : unplaced_code(furthest);
      std::string message =
          works.empty() ? "No usable rack " + scope + "." : unplaced_message(furthest, item, req.redundant, scope);
      if (req.whole_racks > 0 && !works.empty() && p.whole_racks.empty()) {
        code = "applications.placement.no_racks";
        message = "No empty rack " + scope + ".";
      } else if (req.whole_racks > 0 && !works.empty()) {
        message = unplaced_message(furthest, item, req.redundant, "among the requested whole racks");
      }
      p.unplaced.push_back({idx, std::move(code), std::move(message)});
      continue;
    }
    auto f = evaluate(*chosen, item, req.redundant, true);
    open(*chosen);
    apply(*chosen, item, f);
    p.placed.push_back(
        {idx, chosen->rack->id, item.height_hu ? f.bottom_hu : 0, item.height_hu, f.face, f.feed, f.load_a, f.load_b});
  }
  std::sort(p.placed.begin(), p.placed.end(), [](const auto& a, const auto& b) { return a.item < b.item; });
  std::sort(p.unplaced.begin(), p.unplaced.end(), [](const auto& a, const auto& b) { return a.item < b.item; });
  p.feasible = p.unplaced.empty() && p.problems.empty();
  return p;
}

}  // namespace

std::string u_label(int hu) {
  return "U" + std::to_string(hu / 2) + (hu % 2 ? ".5" : "");  // hu 2 is U1
}

Proposal find_placement(const PlacementRequest& req, const std::vector<RackCapacity>& racks) {
  // Candidates: active racks in the preferred scope, shared or dedicated to the applicant.
  std::map<std::int64_t, std::vector<Work>> by_site;
  std::map<std::int64_t, int> presence;  // racks of the applicant per site
  for (const auto& r : racks) {
    if (req.room_id && r.room_id != *req.room_id) continue;
    if (req.site_id && r.site_id != *req.site_id) continue;
    if (!r.usable) continue;
    if (r.owner && *r.owner != req.customer_id) continue;
    auto w = make_work(r, req.customer_id);
    if (w.customer) ++presence[r.site_id];
    by_site[r.site_id].push_back(std::move(w));
  }
  std::string scope = req.room_id ? "in the preferred room" : req.site_id ? "at the preferred site" : "at any site";
  if (by_site.empty()) {
    std::vector<Work> none;
    auto p = search(req, none, scope);
    if (req.site_id) p.site_id = req.site_id;
    return p;
  }
  // Without a site preference, one site holds the whole proposal: the sites where the customer
  // already is come first; the first feasible one wins, else the one that places the most.
  std::vector<std::int64_t> sites;
  for (const auto& [id, works] : by_site) sites.push_back(id);
  std::stable_sort(sites.begin(), sites.end(),
                   [&](std::int64_t a, std::int64_t b) { return presence[a] > presence[b]; });
  std::optional<Proposal> best;
  for (auto site : sites) {
    auto p = search(req, by_site[site], scope);
    p.site_id = site;
    if (p.feasible) return p;
    if (!best || p.placed.size() > best->placed.size()) best = std::move(p);
  }
  return *best;
}

std::string device_role_for(std::string_view label) {
  std::string lower(label);
  for (auto& ch : lower)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  struct Hint {
    const char* role;
    std::vector<std::string_view> words;
  };
  // Server is what is left when no other role is named, so that a "服务器接入交换机" is a switch.
  static const std::vector<Hint> kHints = {
      {"switch", {"交换机", "switch"}}, {"router", {"路由器", "router"}}, {"firewall", {"防火墙", "firewall"}},
      {"storage", {"存储", "storage"}}, {"pdu", {"pdu", "电源分配"}},
  };
  for (const auto& h : kHints)
    for (auto w : h.words)
      if (lower.find(w) != std::string::npos) return h.role;
  return "server";
}

}  // namespace colo::applications
