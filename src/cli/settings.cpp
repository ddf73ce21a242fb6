#include "cli/settings.h"

#include <cstdlib>

namespace sendhub::cli {

std::optional<std::string> take_option(std::vector<std::string>& args, const std::string& name, bool is_switch) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == name) {
      if (is_switch) {
        args.erase(args.begin() + static_cast<long>(i));
        return "1";
      }
      if (i + 1 >= args.size()) return std::nullopt;
      std::string v = args[i + 1];
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
      return v;
    }
    if (!is_switch && args[i].starts_with(name + "=")) {
      std::string v = args[i].substr(name.size() + 1);
      args.erase(args.begin() + static_cast<long>(i));
      return v;
    }
  }
  return std::nullopt;
}

const std::vector<SettingSpec>& setting_specs() {
  static const std::vector<SettingSpec> specs = {
      {"--listen", "SENDHUB_LISTEN", "127.0.0.1:8080", false, "address and port to serve on"},
      {"--database", "SENDHUB_DATABASE", "sqlite:./var/sendhub.db", false,
       "sqlite:PATH or postgres://user@host/dbname"},
      {"--demo", "SENDHUB_DEMO", "0", true, "load synthetic demo data and demo accounts at start-up"},
      {"--threads", "SENDHUB_THREADS", "0", false, "worker threads (0: one per core)"},
      {"--templates", "SENDHUB_TEMPLATES", "templates", false, "directory of page templates"},
      {"--assets", "SENDHUB_ASSETS", "node_modules/govuk-frontend/dist/govuk", false,
       "GOV.UK Frontend's dist/govuk directory"},
      {"--static", "SENDHUB_STATIC", "static", false, "directory of SENDhub's own static files"},
      {"--access-log", "SENDHUB_ACCESS_LOG", "1", false, "1 to write one JSON line per request to stdout, 0 for none"},
      {"--scale", "SENDHUB_DEMO_SCALE", "small", false, "demo: small (a few dozen cases), york (about 2,000 plans) or england (about 640,000 plans)"},
      {"--seed", "SENDHUB_DEMO_SEED", "2025", false, "demo --scale york or england: the random seed (same seed, same area)"},
      {"--public-url", "SENDHUB_PUBLIC_URL", "", false,
       "address people use to reach SENDhub, for links in emails (default: http:// and --listen)"},
      {"--smtp-url", "SENDHUB_SMTP_URL", "", false,
       "smtp://host:587 (STARTTLS) or smtps://host:465; empty: email stays queued (demo: see /outbox)"},
      {"--smtp-user", "SENDHUB_SMTP_USER", "", false, "SMTP user name, if the server needs one"},
      {"--smtp-password", "SENDHUB_SMTP_PASSWORD", "", false, "SMTP password (set it in the environment, not on the command line)"},
      {"--mail-from", "SENDHUB_MAIL_FROM", "no-reply@sendhub.invalid", false, "the address email is sent from"},
  };
  return specs;
}

const char* process_environment(const char* name) { return std::getenv(name); }

Result<Settings> Settings::parse(std::span<const std::string> args, const char* (*env_lookup)(const char*)) {
  Settings s;
  for (const auto& spec : setting_specs()) {
    const char* env = env_lookup ? env_lookup(spec.env) : nullptr;
    s.values_[spec.flag] = env ? env : spec.fallback;
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (!arg.starts_with("--") || arg == "-") {
      s.positional_.push_back(arg);
      continue;
    }
    auto eq = arg.find('=');
    std::string flag = arg.substr(0, eq);
    const SettingSpec* spec = nullptr;
    for (const auto& candidate : setting_specs())
      if (flag == candidate.flag) spec = &candidate;
    if (spec == nullptr) return fail(ErrorCode::invalid_input, "unknown option " + flag + " (see sendhub help)", flag);
    if (spec->is_switch) {
      if (eq != std::string::npos) return fail(ErrorCode::invalid_input, flag + " takes no value", flag);
      s.values_[flag] = "1";
    } else if (eq != std::string::npos) {
      s.values_[flag] = arg.substr(eq + 1);
    } else if (i + 1 < args.size()) {
      s.values_[flag] = args[++i];
    } else {
      return fail(ErrorCode::invalid_input, flag + " needs a value", flag);
    }
  }
  return s;
}

std::string Settings::get(std::string_view flag) const {
  auto it = values_.find(flag);
  return it == values_.end() ? std::string{} : it->second;
}

bool Settings::on(std::string_view flag) const {
  auto v = get(flag);
  return v == "1" || v == "true" || v == "yes";
}

std::string Settings::help() {
  std::string out = "Options (each also an environment variable; the command line wins):\n";
  for (const auto& spec : setting_specs()) {
    std::string left = std::string("  ") + spec.flag + (spec.is_switch ? "" : " VALUE");
    left.resize(std::max<std::size_t>(left.size() + 1, 24), ' ');
    out += left + spec.help + " [" + spec.env + (spec.fallback[0] ? std::string(", default ") + spec.fallback : "") + "]\n";
  }
  return out;
}

}  // namespace sendhub::cli
