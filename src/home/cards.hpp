// The home pages (首页): one page per department and one for customers, each a list of cards.
// A card is registered by the module that owns its data (id, the pages it appears on, the
// permission its data needs, and the function that computes it), so that later modules (fees,
// service desk, monitoring, facility) add their cards to the same pages from src/app without
// touching this one. A page is shown to the roles named with it; a card on it only when the caller
// also holds the card's permission.
// Thread safety: cards and pages are registered while the server is built, before its routes are
// added (the route's schema lists the cards) and before it serves;
// afterwards the registry is only read.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "core/context.hpp"
#include "core/result.hpp"

namespace colo::home {

struct Page {
  std::string id;                  // business | technical | management | operations | finance | portal
  std::vector<std::string> roles;  // who gets this page
};

struct Card {
  std::string id;                  // stable, dotted: "applications.by_stage"
  std::vector<std::string> pages;  // the pages it appears on, in registration order
  std::string permission;          // needed to see its data
  // Computes the card's JSON for the caller; runs its own (read) transactions. Customers' cards
  // confine every figure to the caller's customer.
  std::function<Result<boost::json::value>(const Context&)> compute;
  // The JSON Schema of what compute returns, from the shape that writes it (shape::schema_of: a
  // $ref carrying its named schemas), so that the API document describes every card.
  boost::json::value schema;
};

struct PageView {
  std::string id;
  std::vector<const Card*> cards;
};

class Registry {
 public:
  // A page id or card id given twice is a programmer error (throws std::logic_error), as is a
  // card on a page not registered first, a card without a schema, or a card added after seal().
  void add_page(Page page);
  void add_card(Card card);

  // The caller's pages with their cards, in registration order: the pages of the caller's roles
  // that hold at least one card the caller may see.
  std::vector<PageView> pages_for(const Context& ctx) const;

  // Called when the route's schema has been built from the cards: a card added later would be
  // missing from the API document.
  void seal() { sealed_ = true; }

  const std::vector<Page>& pages() const { return pages_; }
  const std::vector<Card>& cards() const { return cards_; }

 private:
  std::vector<Page> pages_;
  std::vector<Card> cards_;
  bool sealed_ = false;
};

// The whole answer of GET /api/v1/home: {pages: [{id, cards: [{id, data}]}]}; a card that fails
// fails the answer (its error is the caller's).
Result<boost::json::value> render(const Registry& registry, const Context& ctx);

}  // namespace colo::home
