// Writes a SEN2 2024 return as the XML file the DfE's COLLECT takes, in the element order of
// SEN2_schema_2024.xsd. The writer writes what it is given: run check_sen2 first, because a
// return with problems makes a file the schema rejects. Pure: no files, no clock.
#pragma once

#include <string>
#include <string_view>

#include "domain/sen2/sen2_return.h"

namespace sendhub::sen2 {

// The whole message, UTF-8, from the XML declaration to </Message>. Optional items that are
// missing (or empty text) are left out; yes/no items are written "true" or "false"; the
// child_ref never appears.
std::string write_sen2_xml(const Sen2Return& sen2_return);

// Text made safe for XML element content or an attribute value: & < > " ' become entity
// references and a carriage return becomes &#13; so it survives parsing. A character XML 1.0
// cannot hold at all (most control characters, bytes that are not UTF-8) becomes U+FFFD;
// check_sen2 reports such text so a caseworker can correct it.
std::string escape_xml(std::string_view text);

// True when the text is well-formed UTF-8 made only of characters XML 1.0 allows.
bool is_xml_text(std::string_view text);

}  // namespace sendhub::sen2
