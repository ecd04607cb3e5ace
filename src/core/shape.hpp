// A JSON answer is written once, against a writer, and the same code yields the JSON and its
// JSON Schema, so the API document cannot drift from what the server sends. A shape is a
// function template `template <class W> void write(W& w, const T& x, ...)` calling the members
// every writer has:
//
//   w.field("id", x.id);                         // bool, integers, double, string, Number
//   w.field("asset_tag", x.asset_tag);           // std::optional<...> -> nullable
//   w.field("status", x.status, kStatuses);      // an enumeration from its one C++ constant
//   w.object("rack", "RackRef", [&] { ... });    // a nested object, a named schema ("" inline)
//   w.nullable_object("site", "Ref", has, [&] { ... });   // null unless `has`
//   w.nullable_object("vlan", "VlanRef", x.vlan, [&](const auto& v) { ... });  // null or {}
//   w.optional_object("utilisation", "Utilisation", x.u, [&](const auto& u) { ... });  // absent or {}
//   w.array("history", "Event", x.history, [&](const auto& e) { ... });
//   w.strings("roles", x.roles);                 // an array of strings (integers: w.integers)
//   w.when(!brief, [&] { ... });                 // members that are sometimes left out
//
// ValueWriter builds a boost::json object (for answers that are assembled further), TextWriter
// appends the JSON text straight to a string (lists: no tree per row), SchemaWriter describes it.
// The schema writer runs the shape once on a default-constructed value, so a shape must not
// branch on data except through when() and nullable_object().
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace colo::shape {

namespace json = boost::json;

// The allowed values of an enumeration.
using Values = std::vector<std::string>;

// A number that is whole in most answers and written so (42), a decimal otherwise (0.5).
using Number = std::variant<std::int64_t, double>;

// A count that is an integer while exact in JavaScript and a decimal string beyond.
using Count = std::variant<std::int64_t, std::string>;

// JSON text pieces, written exactly as to_json writes them.
void append_string(std::string& out, std::string_view s);
void append_double(std::string& out, double d);
void append_integer(std::string& out, std::int64_t v);

// The value of `o`, or a default T when empty: inside when(), whose body the schema writer runs on
// a sample where every optional is empty.
template <typename T>
const T& or_blank(const std::optional<T>& o) {
  static const T blank{};
  return o ? *o : blank;
}

template <typename T>
concept Integer = std::integral<T> && !std::same_as<T, bool>;

// ---- the JSON as a boost::json object

class ValueWriter {
 public:
  ValueWriter() : cur_(&root_) {}
  json::object take() { return std::move(root_); }

  void field(std::string_view k, bool v) { (*cur_)[k] = v; }
  template <Integer I>
  void field(std::string_view k, I v) {
    (*cur_)[k] = static_cast<std::int64_t>(v);
  }
  void field(std::string_view k, double v) { (*cur_)[k] = v; }
  void field(std::string_view k, std::string_view v) { (*cur_)[k] = json::string(v); }
  void field(std::string_view k, const std::string& v) { field(k, std::string_view(v)); }
  void field(std::string_view k, const char* v) { field(k, std::string_view(v)); }
  void field(std::string_view k, const Number& v) {
    if (auto* i = std::get_if<std::int64_t>(&v))
      (*cur_)[k] = *i;
    else
      (*cur_)[k] = std::get<double>(v);
  }
  void field(std::string_view k, const Count& v) {
    if (auto* i = std::get_if<std::int64_t>(&v))
      (*cur_)[k] = *i;
    else
      (*cur_)[k] = json::string(std::get<std::string>(v));
  }
  template <typename T>
  void field(std::string_view k, const std::optional<T>& v) {
    if (v)
      field(k, *v);
    else
      (*cur_)[k] = nullptr;
  }
  template <typename T>
  void field(std::string_view k, const T& v, const Values&) {
    field(k, v);
  }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    json::array a;
    a.reserve(v.size());
    for (const auto& s : v) a.emplace_back(json::string(s));
    (*cur_)[k] = std::move(a);
  }
  void strings(std::string_view k, const std::vector<std::string>& v, const Values&) { strings(k, v); }
  void integers(std::string_view k, const std::vector<std::int64_t>& v) {
    json::array a;
    a.reserve(v.size());
    for (auto i : v) a.emplace_back(i);
    (*cur_)[k] = std::move(a);
  }
  // A member whose shape the document does not fix (stored JSON documents, free-form details).
  void any(std::string_view k, json::value v) { (*cur_)[k] = std::move(v); }

  template <typename F>
  void object(std::string_view k, std::string_view /*name*/, F&& f) {
    json::object o;
    auto* saved = std::exchange(cur_, &o);
    f();
    cur_ = saved;
    (*cur_)[k] = std::move(o);
  }
  template <typename F>
  void nullable_object(std::string_view k, std::string_view name, bool present, F&& f) {
    if (present)
      object(k, name, std::forward<F>(f));
    else
      (*cur_)[k] = nullptr;
  }
  template <typename T, typename F>
  void optional_object(std::string_view k, std::string_view name, const std::optional<T>& v, F&& f) {
    if (v) object(k, name, [&] { f(*v); });
  }
  template <typename T, typename F>
  void nullable_object(std::string_view k, std::string_view name, const std::optional<T>& v, F&& f) {
    nullable_object(k, name, v.has_value(), [&] { f(*v); });
  }
  template <typename R, typename F>
  void array(std::string_view k, std::string_view /*item_name*/, const R& items, F&& f) {
    json::array a;
    a.reserve(std::size(items));
    auto* saved = cur_;
    for (const auto& e : items) {
      json::object o;
      cur_ = &o;
      f(e);
      a.emplace_back(std::move(o));
    }
    cur_ = saved;
    (*cur_)[k] = std::move(a);
  }
  template <typename F>
  void when(bool present, F&& f) {
    if (present) f();
  }

 private:
  json::object root_;
  json::object* cur_;
};

// ---- the JSON as text, appended to a string (one object per write())

class TextWriter {
 public:
  explicit TextWriter(std::string& out) : out_(out) {}

  // Writes one object: `shape` writes its members.
  template <typename F>
  void write(F&& shape) {
    out_ += '{';
    first_ = true;
    shape();
    out_ += '}';
  }

  void field(std::string_view k, bool v) {
    key(k);
    out_ += v ? "true" : "false";
  }
  template <Integer I>
  void field(std::string_view k, I v) {
    key(k);
    append_integer(out_, static_cast<std::int64_t>(v));
  }
  void field(std::string_view k, double v) {
    key(k);
    append_double(out_, v);
  }
  void field(std::string_view k, std::string_view v) {
    key(k);
    append_string(out_, v);
  }
  void field(std::string_view k, const std::string& v) { field(k, std::string_view(v)); }
  void field(std::string_view k, const char* v) { field(k, std::string_view(v)); }
  void field(std::string_view k, const Number& v) {
    if (auto* i = std::get_if<std::int64_t>(&v))
      field(k, *i);
    else
      field(k, std::get<double>(v));
  }
  void field(std::string_view k, const Count& v) {
    if (auto* i = std::get_if<std::int64_t>(&v))
      field(k, *i);
    else
      field(k, std::get<std::string>(v));
  }
  template <typename T>
  void field(std::string_view k, const std::optional<T>& v) {
    if (v) {
      field(k, *v);
    } else {
      key(k);
      out_ += "null";
    }
  }
  template <typename T>
  void field(std::string_view k, const T& v, const Values&) {
    field(k, v);
  }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    out_ += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out_ += ',';
      append_string(out_, v[i]);
    }
    out_ += ']';
  }
  void strings(std::string_view k, const std::vector<std::string>& v, const Values&) { strings(k, v); }
  void integers(std::string_view k, const std::vector<std::int64_t>& v) {
    key(k);
    out_ += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out_ += ',';
      append_integer(out_, v[i]);
    }
    out_ += ']';
  }
  void any(std::string_view k, const json::value& v);

  template <typename F>
  void object(std::string_view k, std::string_view /*name*/, F&& f) {
    key(k);
    write(std::forward<F>(f));
    first_ = false;
  }
  template <typename F>
  void nullable_object(std::string_view k, std::string_view name, bool present, F&& f) {
    if (present) {
      object(k, name, std::forward<F>(f));
    } else {
      key(k);
      out_ += "null";
    }
  }
  template <typename T, typename F>
  void optional_object(std::string_view k, std::string_view name, const std::optional<T>& v, F&& f) {
    if (v) object(k, name, [&] { f(*v); });
  }
  template <typename T, typename F>
  void nullable_object(std::string_view k, std::string_view name, const std::optional<T>& v, F&& f) {
    nullable_object(k, name, v.has_value(), [&] { f(*v); });
  }
  template <typename R, typename F>
  void array(std::string_view k, std::string_view /*item_name*/, const R& items, F&& f) {
    key(k);
    out_ += '[';
    bool first_item = true;
    for (const auto& e : items) {
      if (!first_item) out_ += ',';
      first_item = false;
      write([&] { f(e); });
    }
    out_ += ']';
    first_ = false;
  }
  template <typename F>
  void when(bool present, F&& f) {
    if (present) f();
  }

 private:
  void key(std::string_view k) {
    if (!first_) out_ += ',';
    first_ = false;
    append_string(out_, k);
    out_ += ':';
  }
  std::string& out_;
  bool first_ = true;
};

// ---- the JSON Schema (2020-12, as OpenAPI 3.1 uses it)

// Named schemas, by name, as they go under #/components/schemas.
using Components = json::object;

class SchemaWriter {
 public:
  explicit SchemaWriter(Components& components) : components_(components) {}

  // The object schema written so far: {type: object, properties, required}.
  json::object take();

  void field(std::string_view k, bool) { put(k, scalar("boolean", false)); }
  template <Integer I>
  void field(std::string_view k, I) {
    put(k, scalar("integer", false));
  }
  void field(std::string_view k, double) { put(k, scalar("number", false)); }
  void field(std::string_view k, std::string_view) { put(k, scalar("string", false)); }
  void field(std::string_view k, const std::string&) { put(k, scalar("string", false)); }
  void field(std::string_view k, const char*) { put(k, scalar("string", false)); }
  void field(std::string_view k, const Number&) { put(k, scalar("number", false)); }
  void field(std::string_view k, const Count&) { put(k, json::object{{"type", json::array{"integer", "string"}}}); }
  template <typename T>
  void field(std::string_view k, const std::optional<T>&) {
    put(k, scalar(type_name<T>(), true));
  }
  void field(std::string_view k, const std::string&, const Values& values) { put(k, enumeration(values, false)); }
  void field(std::string_view k, const std::optional<std::string>&, const Values& values) {
    put(k, enumeration(values, true));
  }
  void strings(std::string_view k, const std::vector<std::string>&);
  void strings(std::string_view k, const std::vector<std::string>&, const Values& values) {
    put(k, json::object{{"type", "array"}, {"items", enumeration(values, false)}});
  }
  void integers(std::string_view k, const std::vector<std::int64_t>&);
  void any(std::string_view k, const json::value&) { put(k, json::object{}); }

  template <typename F>
  void object(std::string_view k, std::string_view name, F&& f) {
    put(k, nested(name, std::forward<F>(f)));
  }
  template <typename F>
  void nullable_object(std::string_view k, std::string_view name, bool, F&& f) {
    put(k, json::object{{"anyOf", json::array{nested(name, std::forward<F>(f)), json::object{{"type", "null"}}}}});
  }
  template <typename T, typename F>
  void optional_object(std::string_view k, std::string_view name, const std::optional<T>&, F&& f) {
    const T sample{};
    when(true, [&] { put(k, nested(name, [&] { f(sample); })); });
  }
  template <typename T, typename F>
  void nullable_object(std::string_view k, std::string_view name, const std::optional<T>&, F&& f) {
    const T sample{};
    nullable_object(k, name, true, [&] { f(sample); });
  }
  template <typename R, typename F>
  void array(std::string_view k, std::string_view item_name, const R&, F&& f) {
    using Item = std::remove_cvref_t<decltype(*std::begin(std::declval<const R&>()))>;
    const Item sample{};
    put(k, json::object{{"type", "array"}, {"items", nested(item_name, [&] { f(sample); })}});
  }
  template <typename F>
  void when(bool, F&& f) {
    const bool saved = std::exchange(optional_, true);
    f();
    optional_ = saved;
  }

  // The schema of what `f` writes: a $ref to `name` (registered once) or, for "", inline.
  template <typename F>
  json::value nested(std::string_view name, F&& f) {
    if (!name.empty() && components_.contains(name)) return ref(name);
    SchemaWriter inner(components_);
    f_with(inner, std::forward<F>(f));
    auto schema = inner.take();
    if (name.empty()) return schema;
    components_[name] = std::move(schema);
    return ref(name);
  }

  static json::object ref(std::string_view name);

 private:
  // Members written by `f` go to `inner`: the shape's lambdas capture the writer by reference,
  // so the members are redirected to `inner` while `f` runs.
  template <typename F>
  void f_with(SchemaWriter& inner, F&& f) {
    std::swap(props_, inner.props_);
    std::swap(required_, inner.required_);
    const bool saved = std::exchange(optional_, false);
    f();
    optional_ = saved;
    std::swap(props_, inner.props_);
    std::swap(required_, inner.required_);
  }
  template <typename T>
  static const char* type_name() {
    if constexpr (std::same_as<T, bool>)
      return "boolean";
    else if constexpr (Integer<T>)
      return "integer";
    else if constexpr (std::same_as<T, double> || std::same_as<T, Number>)
      return "number";
    else
      return "string";
  }
  static json::object scalar(const char* type, bool nullable);
  static json::object enumeration(const Values& values, bool nullable);
  void put(std::string_view k, json::value schema);

  Components& components_;
  json::object props_;
  json::array required_;
  bool optional_ = false;
};

// The schema of a shape written by `f(w, sample)` (w a SchemaWriter, sample a default T),
// named `name`; the result is a $ref carrying the named schemas it needs under
// "x-components" (the API document lifts them into #/components/schemas).
json::object with_components(json::value schema, Components components);

// {count, next, previous, results: [item]}
json::object page_schema(json::value item);

template <typename T, typename F>
json::object schema_of(std::string_view name, F&& f) {
  Components components;
  SchemaWriter w(components);
  const T sample{};
  auto schema = w.nested(name, [&] { f(w, sample); });
  return with_components(std::move(schema), std::move(components));
}

// {count, next, previous, results: [T]}: the page of a list, named "<name>Page".
template <typename T, typename F>
json::object page_of(std::string_view name, F&& f) {
  Components components;
  SchemaWriter w(components);
  const T sample{};
  auto item = w.nested(name, [&] { f(w, sample); });
  auto page = page_schema(std::move(item));
  components[std::string(name) + "Page"] = std::move(page);
  return with_components(SchemaWriter::ref(std::string(name) + "Page"), std::move(components));
}

// An array of a shape: {type: array, items: $ref name}.
template <typename T, typename F>
json::object array_of(std::string_view name, F&& f) {
  Components components;
  SchemaWriter w(components);
  const T sample{};
  auto item = w.nested(name, [&] { f(w, sample); });
  return with_components(json::object{{"type", "array"}, {"items", std::move(item)}}, std::move(components));
}

// The JSON text of an array of shapes: "[{...},{...}]", each written by f(w, item).
template <typename R, typename F>
std::string text_array(const R& items, F&& f) {
  std::string out;
  out.reserve(64 + 256 * std::size(items));
  out += '[';
  TextWriter w(out);
  bool first = true;
  for (const auto& x : items) {
    if (!first) out += ',';
    first = false;
    w.write([&] { f(w, x); });
  }
  out += ']';
  return out;
}

// The JSON of a shape as a boost::json object.
template <typename T, typename F>
json::object value_of(const T& x, F&& f) {
  ValueWriter w;
  f(w, x);
  return w.take();
}

// {id, name} of a record another one points at: the named schema Ref, shared by every module.
template <typename W>
void ref(W& w, std::string_view key, std::int64_t id, const std::string& name) {
  w.object(key, "Ref", [&] {
    w.field("id", id);
    w.field("name", name);
  });
}
// The same, or null when nothing is pointed at.
template <typename W>
void ref(W& w, std::string_view key, const std::optional<std::int64_t>& id, const std::string& name) {
  w.nullable_object(key, "Ref", id.has_value(), [&] {
    w.field("id", id.value_or(0));
    w.field("name", name);
  });
}

}  // namespace colo::shape
