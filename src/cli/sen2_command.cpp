// `sendhub export sen2 --census-date DATE --la CODE [--check] [FILE]`: the DfE SEN2 return for
// one authority as XML (standard output by default), and on standard error how many problems
// the pre-submission report found. --check lists each problem with the child's record to fix
// it, and writes no file. Exit 1 when the return has problems, so a script does not send it.
#include <cstdio>
#include <fstream>

#include "app/identity/sessions.h"
#include "app/sen2/sen2_export.h"
#include "cli/commands.h"
#include "cli/settings.h"
#include "store/migrations.h"

namespace sendhub::cli {
namespace {

int complain(const std::string& message, int code) {
  std::fprintf(stderr, "sendhub export sen2: %s\n", message.c_str());
  return code;
}

}  // namespace

int export_sen2_command(std::vector<std::string> args) {
  const auto census = take_option(args, "--census-date", false);
  const auto la = take_option(args, "--la", false);
  const bool check = take_option(args, "--check", true).has_value();
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return complain(settings.error().message, 2);
  if (!census || !la) return complain("give the census day and the authority: --census-date 2027-01-21 --la 816", 2);
  auto day = calendar::parse_date(*census);
  if (!day) return complain("the census day must be a date like 2027-01-21", 2);
  if (settings->positional().size() > 1) return complain("give at most one file", 2);
  auto db = store::open_database(settings->get("--database"), 1);
  if (!db) return complain(db.error().message, 1);
  if (auto ok = store::check_schema(**db); !ok) return complain(ok.error().message, 1);
  auto made = app::export_sen2(**db, *la, *day, app::unix_now(), "command line");
  (*db)->close();
  if (!made) return complain(made.error().message, made.error().code == ErrorCode::invalid_input ? 2 : 1);
  if (check) {
    for (const auto& p : made->problems)
      std::printf("%s\t%s\t%s\t%s\t/children/%s\n", p.child_ref.empty() ? "(return)" : p.child_ref.c_str(), p.where.c_str(),
                  p.field.c_str(), p.message.c_str(), p.child_ref.c_str());
  } else if (settings->positional().empty() || settings->positional()[0] == "-") {
    std::fwrite(made->xml.data(), 1, made->xml.size(), stdout);
  } else {
    std::ofstream out(settings->positional()[0], std::ios::binary);
    out << made->xml;
    if (!out) return complain("cannot write " + settings->positional()[0], 1);
  }
  std::fprintf(stderr, "%zu children; %zu problems to put right before sending%s\n", made->sen2_return.persons.size(),
               made->problems.size(), made->problems.empty() || check ? "" : " (list them with --check)");
  return made->problems.empty() ? 0 : 1;
}

}  // namespace sendhub::cli
