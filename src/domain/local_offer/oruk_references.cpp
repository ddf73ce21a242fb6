// settle_references (oruk_reader.h): a record may point only at records that exist and were
// not rejected; rejecting one can strand others, so the checks repeat until nothing changes.
#include <algorithm>
#include <functional>

#include "domain/local_offer/oruk_reader.h"
#include "domain/local_offer/uuid.h"

namespace sendhub::local_offer {
namespace {

// The ids a reference may point at: stored ones and the file's accepted ones, minus the file's
// rejected ones (pointing at the stored version of a record whose update was refused would be
// importing half a change).
struct Available {
  std::set<std::string> ids;
  std::set<std::string> refused;
  bool has(const std::string& id) const { return ids.contains(id) && !refused.contains(id); }
};

template <class T>
Available available(const std::vector<T>& in_file, const std::set<std::string>& stored, const std::set<std::string>& refused) {
  Available a{stored, refused};
  for (const auto& x : in_file) a.ids.insert(x.id);
  return a;
}

template <class T>
std::size_t remove_if_bad(std::vector<T>& list, const char* kind, std::vector<Rejection>& rejected,
                          std::set<std::string>& refused, const std::function<std::string(const T&)>& problem) {
  std::size_t removed = 0;
  std::vector<Rejection> found;  // appended after the loop: problem() may be reading `rejected`
  std::vector<T> kept;
  kept.reserve(list.size());
  for (auto& x : list) {
    std::string why = problem(x);
    if (why.empty()) {
      kept.push_back(std::move(x));
      continue;
    }
    std::string name;
    if constexpr (requires { x.name; }) name = x.name;
    found.push_back({kind, x.id, name, why});
    refused.insert(x.id);
    ++removed;
  }
  list = std::move(kept);
  for (auto& r : found) rejected.push_back(std::move(r));
  return removed;
}

}  // namespace

void settle_references(ReadDirectory& read, const KnownIds& stored) {
  Directory& d = read.directory;
  std::set<std::string> refused;
  // Ids the file itself rejected (a record that failed its own checks) are refused too.
  for (const auto& r : read.rejected)
    if (!r.id.empty()) refused.insert(normalise_uuid(r.id));
  // Services with a rejected service_at_location go too (they would arrive without it), which
  // can strand more service_at_locations, so this repeats until nothing changes.
  for (bool changed = true; changed;) {
    const auto orgs = available(d.organizations, stored.organizations, refused);
    const auto taxonomies = available(d.taxonomies, stored.taxonomies, refused);
    const auto terms = available(d.taxonomy_terms, stored.taxonomy_terms, refused);
    const auto locations = available(d.locations, stored.locations, refused);
    const auto services = available(d.services, stored.services, refused);
    std::size_t removed = 0;
    removed += remove_if_bad<TaxonomyTerm>(d.taxonomy_terms, "taxonomy_terms", read.rejected, refused, [&](const TaxonomyTerm& t) {
      if (!t.taxonomy_id.empty() && !taxonomies.has(t.taxonomy_id))
        return "taxonomy_id " + t.taxonomy_id + " is not a taxonomy in the file or the directory";
      if (!t.parent_id.empty() && (!terms.has(t.parent_id) || t.parent_id == t.id))
        return "parent_id " + t.parent_id + " is not a taxonomy term in the file or the directory";
      return std::string();
    });
    removed += remove_if_bad<Location>(d.locations, "locations", read.rejected, refused, [&](const Location& l) {
      if (!l.organization_id.empty() && !orgs.has(l.organization_id))
        return "organization_id " + l.organization_id + " is not an organization in the file or the directory";
      return std::string();
    });
    removed += remove_if_bad<Service>(d.services, "services", read.rejected, refused, [&](const Service& s) {
      if (!s.organization_id.empty() && !orgs.has(s.organization_id))
        return "organization_id " + s.organization_id + " is not an organization in the file or the directory";
      for (const auto& a : s.attributes)
        if (!terms.has(a.taxonomy_term_id))
          return "attribute " + a.id + " links to taxonomy term " + a.taxonomy_term_id + ", which is not in the file or the directory";
      for (const auto& r : read.rejected)
        if (!r.service_id.empty() && normalise_uuid(r.service_id) == s.id) return "its service_at_location " + r.id + " was rejected";
      return std::string();
    });
    std::vector<ServiceAtLocation> kept;
    for (auto& s : d.service_at_locations) {
      std::string why;
      if (!services.has(s.service_id)) why = "service_id " + s.service_id + " is not a service in the file or the directory";
      else if (!locations.has(s.location_id)) why = "location_id " + s.location_id + " is not a location in the file or the directory";
      if (why.empty()) {
        kept.push_back(std::move(s));
        continue;
      }
      read.rejected.push_back({"service_at_locations", s.id, "", why, s.service_id});
      refused.insert(s.id);
      ++removed;
    }
    d.service_at_locations = std::move(kept);
    changed = removed > 0;
  }
}

}  // namespace sendhub::local_offer
