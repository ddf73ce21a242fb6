#include "cli/settings.h"

#include <gtest/gtest.h>

#include <cstring>

namespace sendhub::cli {
namespace {

const char* fake_env(const char* name) {
  if (std::strcmp(name, "SENDHUB_LISTEN") == 0) return "0.0.0.0:9000";
  if (std::strcmp(name, "SENDHUB_DEMO") == 0) return "1";
  return nullptr;
}

TEST(Settings, DefaultsApplyWithoutEnvironment) {
  std::vector<std::string> args;
  auto s = Settings::parse(args, nullptr);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->get("--listen"), "127.0.0.1:8080");
  EXPECT_EQ(s->get("--database"), "sqlite:./var/sendhub.db");
  EXPECT_FALSE(s->on("--demo"));
}

TEST(Settings, EnvironmentThenCommandLineWins) {
  std::vector<std::string> none;
  auto from_env = Settings::parse(none, fake_env);
  ASSERT_TRUE(from_env);
  EXPECT_EQ(from_env->get("--listen"), "0.0.0.0:9000");
  EXPECT_TRUE(from_env->on("--demo"));
  std::vector<std::string> args{"--listen", "127.0.0.1:1234", "--database=sqlite:/tmp/x.db"};
  auto s = Settings::parse(args, fake_env);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->get("--listen"), "127.0.0.1:1234");
  EXPECT_EQ(s->get("--database"), "sqlite:/tmp/x.db");
}

TEST(Settings, UnknownOptionIsNamed) {
  std::vector<std::string> args{"--lisen", "x"};
  auto s = Settings::parse(args, nullptr);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("--lisen"), std::string::npos);
}

TEST(Settings, MissingValueAndValueOnSwitchAreErrors) {
  std::vector<std::string> missing{"--database"};
  EXPECT_FALSE(Settings::parse(missing, nullptr));
  std::vector<std::string> switch_value{"--demo=yes"};
  EXPECT_FALSE(Settings::parse(switch_value, nullptr));
}

TEST(Settings, PositionalArgumentsAreKept) {
  std::vector<std::string> args{"case.json", "-"};
  auto s = Settings::parse(args, nullptr);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->positional(), (std::vector<std::string>{"case.json", "-"}));
}

}  // namespace
}  // namespace sendhub::cli
