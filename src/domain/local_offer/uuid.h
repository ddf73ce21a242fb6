// UUIDs, which HSDS requires for every id: checking one, and making one. Random ones come from
// the caller's 16 random bytes (the domain does no I/O); name-based ones (RFC 4122 version 5)
// give demo data and categories the same id on every machine.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sendhub::local_offer {

// 8-4-4-4-12 hexadecimal digits, either case.
bool is_uuid(std::string_view text);
// Lower case, as SENDhub stores them.
std::string normalise_uuid(std::string_view text);
// Version 4 from 16 random bytes.
std::string uuid_from_random(const std::array<std::uint8_t, 16>& bytes);
// Version 5 (SHA-1) of name in SENDhub's own namespace.
std::string uuid_from_name(std::string_view name);

}  // namespace sendhub::local_offer
