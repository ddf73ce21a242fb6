// GOV.UK-style error pages for browsers and JSON errors for /api/ clients: the only place that
// turns a status into words for the user.
#pragma once

#include "web/server.h"
#include "web/views.h"

namespace sendhub::web {

ErrorResponder make_error_responder(const Views& views);

}  // namespace sendhub::web
