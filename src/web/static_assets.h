// Static files (GOV.UK Frontend and our own) read into memory once at start-up. Each file is
// served at its plain name with revalidation, and at a fingerprinted name (hash of its content)
// with a one-year immutable cache; templates link to the fingerprinted names.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace sendhub::web {

struct Asset {
  std::string content;
  std::string content_type;
  std::string etag;
  bool fingerprinted = false;
};

class StaticAssets {
 public:
  // Adds every file below dir, served under /assets/<prefix><relative path>.
  Result<void> add_directory(const std::filesystem::path& dir, std::string_view prefix = "");
  // Adds one file served as /assets/<name>.
  Result<void> add_file(const std::filesystem::path& file, std::string_view name);

  // path is what follows "/assets/".
  const Asset* find(std::string_view path) const;
  // "/assets/govuk-frontend.min-3f2a9c01.css" for "govuk-frontend.min.css"; the plain URL if unknown.
  std::string url(std::string_view name) const;
  std::size_t size() const { return by_path_.size(); }

 private:
  std::map<std::string, Asset, std::less<>> by_path_;
  std::map<std::string, std::string, std::less<>> fingerprinted_name_;
};

std::string content_type_for(std::string_view filename);

}  // namespace sendhub::web
