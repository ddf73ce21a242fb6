// Every setting is declared once here with its flag, environment variable, default and help;
// the command line wins over the environment, and an unknown flag stops start-up with a message
// that names it (style rule 4).
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/error.h"

namespace sendhub::cli {

struct SettingSpec {
  const char* flag;     // "--listen"
  const char* env;      // "SENDHUB_LISTEN"
  const char* fallback; // default value ("" for none)
  bool is_switch;       // takes no value: present means "1"
  const char* help;
};

const std::vector<SettingSpec>& setting_specs();

// Takes "--name VALUE" / "--name=VALUE" (or a bare switch, read as "1") out of args, for a
// command's own options that are not settings. Nothing when absent (or a value is missing).
std::optional<std::string> take_option(std::vector<std::string>& args, const std::string& name, bool is_switch);

// The real environment, for Settings::parse.
const char* process_environment(const char* name);

class Settings {
 public:
  // args are what follows the command name; env_lookup returns nullptr when a variable is unset.
  static Result<Settings> parse(std::span<const std::string> args, const char* (*env_lookup)(const char*));
  std::string get(std::string_view flag) const;
  bool on(std::string_view flag) const;
  const std::vector<std::string>& positional() const { return positional_; }
  static std::string help();

 private:
  std::map<std::string, std::string, std::less<>> values_;
  std::vector<std::string> positional_;
};

}  // namespace sendhub::cli
