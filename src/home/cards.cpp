#include "home/cards.hpp"

#include <algorithm>
#include <stdexcept>

#include <boost/json.hpp>

namespace colo::home {

namespace json = boost::json;

void Registry::add_page(Page page) {
  for (const auto& p : pages_)
    if (p.id == page.id) throw std::logic_error("home: page registered twice: " + page.id);
  pages_.push_back(std::move(page));
}

void Registry::add_card(Card card) {
  if (sealed_) throw std::logic_error("home: card added after the route was built: " + card.id);
  for (const auto& c : cards_)
    if (c.id == card.id) throw std::logic_error("home: card registered twice: " + card.id);
  for (const auto& page : card.pages)
    if (std::none_of(pages_.begin(), pages_.end(), [&](const Page& p) { return p.id == page; }))
      throw std::logic_error("home: card " + card.id + " is on an unknown page " + page);
  if (!card.compute) throw std::logic_error("home: card " + card.id + " computes nothing");
  if (!card.schema.is_object()) throw std::logic_error("home: card " + card.id + " has no schema");
  cards_.push_back(std::move(card));
}

std::vector<PageView> Registry::pages_for(const Context& ctx) const {
  std::vector<PageView> out;
  if (!ctx.principal) return out;
  for (const auto& page : pages_) {
    const bool mine = std::any_of(page.roles.begin(), page.roles.end(),
                                  [&](const std::string& r) { return ctx.principal->has_role(r); });
    if (!mine) continue;
    PageView view{page.id, {}};
    for (const auto& card : cards_)
      if (std::find(card.pages.begin(), card.pages.end(), page.id) != card.pages.end() && ctx.can(card.permission))
        view.cards.push_back(&card);
    if (!view.cards.empty()) out.push_back(std::move(view));
  }
  return out;
}

Result<json::value> render(const Registry& registry, const Context& ctx) {
  json::array pages;
  // A card on two of the caller's pages is computed once.
  std::vector<std::pair<const Card*, json::value>> done;
  for (const auto& view : registry.pages_for(ctx)) {
    json::array cards;
    for (const Card* card : view.cards) {
      auto it = std::find_if(done.begin(), done.end(), [&](const auto& d) { return d.first == card; });
      if (it == done.end()) {
        COLO_TRY(auto data, card->compute(ctx));
        done.emplace_back(card, std::move(data));
        it = std::prev(done.end());
      }
      cards.push_back(json::object{{"id", card->id}, {"data", it->second}});
    }
    pages.push_back(json::object{{"id", view.id}, {"cards", std::move(cards)}});
  }
  return json::value(json::object{{"pages", std::move(pages)}});
}

}  // namespace colo::home
