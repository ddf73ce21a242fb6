#include "app/local_authorities.h"

#include "app/clock.h"

namespace sendhub::app {

Result<std::vector<LocalAuthority>> list_local_authorities(store::Database& db) {
  std::vector<LocalAuthority> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT code, name FROM local_authorities ORDER BY name");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& row : *rows) out.push_back(LocalAuthority{row.get_text(0), row.get_text(1)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<void> ensure_local_authority(store::Database& db, const LocalAuthority& authority) {
  return db.write([&](store::Connection& c) -> Result<void> {
    const store::Value params[] = {authority.code, authority.name, utc_timestamp_now()};
    auto done = c.execute(
        "INSERT INTO local_authorities (code, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING",
        params);
    if (!done) return std::unexpected(done.error());
    return {};
  });
}

}  // namespace sendhub::app
