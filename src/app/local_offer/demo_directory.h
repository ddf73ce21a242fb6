// The demo Local Offer: about sixty made-up services in and around York across every Local
// Offer heading, the organisations that run them, the places they are held (in real York
// postcode districts, at made-up addresses), the Local Offer team's account and a provider's.
// Every name, address, phone number and email is invented.
#pragma once

#include <span>
#include <string>

#include "store/database.h"

namespace sendhub::app::local_offer {

struct DemoOrganisation {
  const char* key;
  const char* name;
  const char* description;
  const char* email;
  const char* website;
  const char* sendhub_organisation;  // "" when no SENDhub account edits it
};

struct DemoPlace {
  const char* key;
  const char* name;
  const char* address;
  const char* postcode;
  double latitude, longitude;
  const char* accessibility;  // features separated by ";"
  const char* transport;
};

struct DemoService {
  const char* key;  // also the seed of its UUID: demo_service_id(key)
  const char* organisation;
  const char* name;
  const char* categories;  // category codes separated by spaces
  const char* summary;
  const char* description;
  const char* how_to_get_help;
  const char* attending_access;  // referral, appointment, drop-in, membership
  const char* wait;
  const char* eligibility;
  int minimum_age, maximum_age;
  const char* fees;  // "" for free
  const char* byday;
  const char* opens;
  const char* closes;
  const char* places;     // place keys separated by spaces; "" for phone, online or at home
  const char* languages;  // besides English, separated by ","
  const char* phone;
  const char* email;
  const char* easy_read;
  int checked_days_ago;  // last checked this many days before the demo was loaded
  const char* status = "active";
};

std::span<const DemoOrganisation> demo_organisations();
std::span<const DemoPlace> demo_places();
std::span<const DemoService> demo_services();
std::string demo_service_id(std::string_view key);

// Idempotent: loads nothing when the demo directory is already there (so edits made while
// trying the demo survive a restart).
Result<void> load_demo_directory(store::Database& db);

// The Local Offer categories taxonomy alone (every directory has it).
Result<void> ensure_local_offer_categories(store::Database& db);

}  // namespace sendhub::app::local_offer
