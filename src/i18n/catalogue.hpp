// The server's message catalogue: every sentence a person reads (problem details, field errors,
// notifications, timeline entries) by key, in zh-CN and en-US, with named parameters ("{rack}").
// The texts are src/i18n/messages.<lang>.json, compiled into the binary.
// Thread safety: the catalogue is parsed once, on first use, and read-only afterwards.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace colo::i18n {

// The languages the catalogue speaks, the first being the one used for anything else.
inline constexpr std::string_view kFallbackLanguage = "en-US";
std::vector<std::string> languages();

// "zh-CN" for any Chinese tag ("zh", "zh-Hans-CN"), otherwise "en-US".
std::string_view normalise(std::string_view lang);

// Every key and its raw text in `lang` (normalised); for tests and tools.
const std::map<std::string, std::string, std::less<>>& texts(std::string_view lang);

bool contains(std::string_view key);

// The names of the "{name}" placeholders in `text`, in order of appearance.
std::vector<std::string> placeholders(std::string_view text);

// The text of `key` in `lang` with its placeholders filled from `params`. A parameter named
// "@name" holds another key, whose text (in the same language) fills "{name}": a workflow state
// or a kind of change reads in the reader's language too. Nothing when the key is unknown or a
// placeholder has no value, so that a caller falls back to its own sentence rather than show
// "{rack}" to a person.
std::optional<std::string> render(std::string_view lang, std::string_view key, const MessageParams& params = {});

// render(), or `fallback` when it gives nothing.
std::string render_or(std::string_view lang, std::string_view key, const MessageParams& params,
                      std::string_view fallback);

// An error's detail for a reader: the text of its key, else of its code, else its English message.
// An English reader of an error raised without parameters or key gets the call site's own
// sentence, which names the specifics the generic catalogue text leaves out.
std::string detail(std::string_view lang, const Error& error);
// A field error's message for a reader, likewise.
std::string detail(std::string_view lang, const FieldError& error);

// Parameters as stored with a notification or a timeline entry: a JSON object of strings.
std::string params_to_json(const MessageParams& params);
MessageParams params_from_json(std::string_view json);

}  // namespace colo::i18n
