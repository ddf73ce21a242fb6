#include "web/error_pages.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <vector>

namespace sendhub::web {
namespace {

struct ErrorText {
  unsigned status;
  const char* heading;
  std::vector<const char*> paragraphs;
};

const ErrorText& text_for(unsigned status) {
  static const std::vector<ErrorText> texts = {
      {400, "There is a problem with your request", {"SENDhub could not understand what your browser sent. Go back and try again."}},
      {401, "You need to sign in", {"Sign in to see this page."}},
      {404, "Page not found", {"If you typed the web address, check it is correct.",
                               "If you pasted the web address, check you copied the entire address.",
                               "If you followed a link to a record, you may not have permission to see it."}},
      {405, "There is a problem with your request", {"This page cannot be used in that way."}},
      {409, "Someone else changed this at the same time", {"Nothing you entered has been lost. Check the page and try again."}},
      {413, "The file or form you sent is too large", {"Nothing has been saved. Try a smaller file, or split what you are sending into parts."}},
      {414, "The web address is too long", {"Check the address and try again."}},
      {415, "There is a problem with your request", {"SENDhub does not accept compressed uploads."}},
      {431, "There is a problem with your request", {"Your browser sent too much information with the request. Clearing this site's cookies may fix it."}},
      {501, "There is a problem with your request", {"SENDhub does not support the way this request was sent."}},
      {503, "Sorry, the service is unavailable", {"You will be able to use the service later. Nothing you have saved has been lost."}},
  };
  static const ErrorText fallback{500, "Sorry, there is a problem with the service", {"Try again later. Nothing you have saved has been lost."}};
  for (const auto& t : texts)
    if (t.status == status) return t;
  return fallback;
}

}  // namespace

ErrorResponder make_error_responder(const Views& views) {
  return [&views](unsigned status, std::string_view message, const Request& request) {
    const auto& text = text_for(status);
    if (request.path.starts_with("/api/")) {
      boost::json::object o;
      o["status"] = status;
      o["error"] = text.heading;
      if (!message.empty()) o["message"] = message;
      o["request_id"] = request.request_id;
      return Response::json(boost::json::serialize(o), status);
    }
    auto body = views.page("error.tpl", text.heading, [&](ctemplate::TemplateDictionary& d) {
      d.SetValue("HEADING", text.heading);
      // A specific, safe explanation from a validator replaces the generic first paragraph.
      if (!message.empty() && status < 500) {
        d.AddSectionDictionary("PARAGRAPH")->SetValue("TEXT", ctemplate::TemplateString(message.data(), message.size()));
      } else {
        for (const char* p : text.paragraphs) d.AddSectionDictionary("PARAGRAPH")->SetValue("TEXT", p);
      }
      if (status >= 500) d.AddSectionDictionary("REFERENCE")->SetValue("ID", request.request_id);
    });
    return Response::html(std::move(body), status);
  };
}

}  // namespace sendhub::web
