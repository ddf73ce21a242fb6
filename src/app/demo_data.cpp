#include "app/demo_data.h"

#include "app/local_authorities.h"
#include "app/local_offer/demo_directory.h"

namespace sendhub::app {

Result<void> load_demo_data(store::Database& db) {
  if (auto ok = load_demo_people(db); !ok) return ok;
  if (auto ok = load_demo_cases(db); !ok) return ok;
  if (auto ok = load_demo_reviews(db); !ok) return ok;
  if (auto ok = load_demo_disagreements(db); !ok) return ok;
  if (auto ok = load_demo_complaints(db); !ok) return ok;
  return local_offer::load_demo_directory(db);
}

Result<void> load_demo_people(store::Database& db) {
  // The three areas the Vale of York ICB works across (DfE LA codes).
  const LocalAuthority authorities[] = {
      {"816", "City of York"},
      {"815", "North Yorkshire"},
      {"811", "East Riding of Yorkshire"},
  };
  for (const auto& la : authorities)
    if (auto ok = ensure_local_authority(db, la); !ok) return ok;
  return load_demo_accounts(db);
}

}  // namespace sendhub::app
