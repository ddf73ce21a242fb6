// One contract, two engines: every test here runs against SQLite and against PostgreSQL.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>

#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::store {
namespace {

using sendhub::testing::TestDatabase;
using namespace std::chrono_literals;

class StoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    test_ = std::make_unique<TestDatabase>(GetParam());
    ASSERT_TRUE(db().write([](Connection& c) {
      return c.execute_script("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, score REAL)");
    }));
  }
  Database& db() { return test_->db(); }
  std::int64_t count_items() {
    std::int64_t n = -1;
    EXPECT_TRUE(db().read([&](Connection& c) -> Result<void> {
      auto rows = c.query("SELECT count(*) FROM items");
      if (!rows) return std::unexpected(rows.error());
      n = (*rows)[0].get_int(0);
      return {};
    }));
    return n;
  }
  Result<void> insert(std::int64_t id, std::string name) {
    return db().write([&](Connection& c) -> Result<void> {
      const Value p[] = {id, name};
      auto n = c.execute("INSERT INTO items (id, name) VALUES ($1, $2)", p);
      if (!n) return std::unexpected(n.error());
      return {};
    });
  }
  std::unique_ptr<TestDatabase> test_;
};

TEST_P(StoreContract, ReadsTogetherShareOneSnapshotOnPostgresAndWritesStillCommit) {
  ASSERT_TRUE(insert(1, "one"));
  std::int64_t before = -1, after_write = -1;
  ASSERT_TRUE(db().read_together([&]() -> Result<void> {
    before = count_items();
    if (auto w = insert(2, "two"); !w) return w;  // its own transaction, on another connection
    after_write = count_items();                   // still the page's snapshot
    return {};
  }));
  EXPECT_EQ(before, 1);
  // PostgreSQL: the page's one snapshot. SQLite: every read on its own, so it sees the write.
  EXPECT_EQ(after_write, db().dialect() == Dialect::postgres ? 1 : 2);
  EXPECT_EQ(count_items(), 2);  // the write committed
  // An error inside is returned, and the next reads are on their own again.
  auto failed = db().read_together([&]() -> Result<void> { return fail(ErrorCode::conflict, "stop"); });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().message, "stop");
  ASSERT_TRUE(insert(3, "three"));
  EXPECT_EQ(count_items(), 3);
}

TEST_P(StoreContract, RoundTripsEveryValueType) {
  ASSERT_TRUE(db().write([](Connection& c) -> Result<void> {
    const Value p[] = {std::int64_t{7}, std::string("Zoë 💙 O'Brien"), 2.5};
    auto n = c.execute("INSERT INTO items (id, name, score) VALUES ($1, $2, $3)", p);
    if (!n) return std::unexpected(n.error());
    EXPECT_EQ(*n, 1);
    const Value q[] = {std::int64_t{8}, std::string("nothing"), std::monostate{}};
    auto m = c.execute("INSERT INTO items (id, name, score) VALUES ($1, $2, $3)", q);
    if (!m) return std::unexpected(m.error());
    return {};
  }));
  ASSERT_TRUE(db().read([](Connection& c) -> Result<void> {
    auto rows = c.query("SELECT id, name, score FROM items ORDER BY id");
    if (!rows) return std::unexpected(rows.error());
    EXPECT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].get_int(0), 7);
    EXPECT_EQ((*rows)[0].get_text(1), "Zoë 💙 O'Brien");
    EXPECT_DOUBLE_EQ((*rows)[0].get_double(2), 2.5);
    EXPECT_TRUE((*rows)[1].is_null(2));
    EXPECT_FALSE((*rows)[1].is_null(1));
    return {};
  }));
}

TEST_P(StoreContract, PlaceholdersBindByNumberNotByPosition) {
  ASSERT_TRUE(db().read([](Connection& c) -> Result<void> {
    const Value p[] = {std::string("one"), std::string("two")};
    auto rows = c.query("SELECT $2 || '-' || $1 || '-' || $2", p);
    if (!rows) return std::unexpected(rows.error());
    EXPECT_EQ((*rows)[0].get_text(0), "two-one-two");
    return {};
  }));
}

TEST_P(StoreContract, CommitsWhenTheWorkSucceeds) {
  ASSERT_TRUE(insert(1, "first"));
  auto other = test_->reopen();
  std::int64_t seen = 0;
  ASSERT_TRUE(other->read([&](Connection& c) -> Result<void> {
    auto rows = c.query("SELECT count(*) FROM items");
    if (!rows) return std::unexpected(rows.error());
    seen = (*rows)[0].get_int(0);
    return {};
  }));
  other->close();
  EXPECT_EQ(seen, 1);
}

TEST_P(StoreContract, RollsBackEverythingWhenTheWorkFails) {
  ASSERT_TRUE(insert(1, "kept"));
  auto result = db().write([](Connection& c) -> Result<void> {
    const Value p[] = {std::int64_t{2}, std::string("written then undone")};
    if (auto n = c.execute("INSERT INTO items (id, name) VALUES ($1, $2)", p); !n) return std::unexpected(n.error());
    return fail(ErrorCode::invalid_input, "the use case changed its mind");
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "the use case changed its mind");
  EXPECT_EQ(count_items(), 1);
}

TEST_P(StoreContract, ConstraintViolationIsAClearConflictAndLeavesDataIntact) {
  ASSERT_TRUE(insert(1, "secret-value-9f2"));
  auto result = db().write([](Connection& c) -> Result<void> {
    const Value a[] = {std::int64_t{2}, std::string("fine")};
    if (auto n = c.execute("INSERT INTO items (id, name) VALUES ($1, $2)", a); !n) return std::unexpected(n.error());
    const Value b[] = {std::int64_t{3}, std::string("secret-value-9f2")};
    auto n = c.execute("INSERT INTO items (id, name) VALUES ($1, $2)", b);
    if (!n) return std::unexpected(n.error());
    return {};
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::conflict);
  EXPECT_NE(result.error().message.find("database rule"), std::string::npos) << result.error().message;
  EXPECT_EQ(result.error().message.find("secret-value-9f2"), std::string::npos) << "a value leaked into the message";
  EXPECT_EQ(count_items(), 1);  // the good insert in the same transaction was rolled back too
}

TEST_P(StoreContract, ReadersSeeTheirSnapshotAndAreNotBlockedByAWrite) {
  ASSERT_TRUE(insert(1, "before"));
  std::promise<void> write_started, reader_done;
  auto reader_finished = reader_done.get_future();
  std::thread writer([&] {
    auto ok = db().write([&](Connection& c) -> Result<void> {
      const Value p[] = {std::int64_t{2}, std::string("during")};
      if (auto n = c.execute("INSERT INTO items (id, name) VALUES ($1, $2)", p); !n) return std::unexpected(n.error());
      write_started.set_value();
      // Hold the write transaction open until the reader has finished.
      reader_finished.wait_for(5s);
      return {};
    });
    EXPECT_TRUE(ok);
  });
  write_started.get_future().wait();
  auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(count_items(), 1);  // the uncommitted row is invisible
  EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
  reader_done.set_value();
  writer.join();
  EXPECT_EQ(count_items(), 2);
}

TEST_P(StoreContract, ManyThreadsReadAtOnce) {
  ASSERT_TRUE(insert(1, "a"));
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i)
        if (count_items() == 1) ++ok;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 160);
}

TEST_P(StoreContract, MigrationsApplyOnceAndAreIdempotent) {
  auto first = migrate(db());
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(*first, latest_schema_version());
  auto second = migrate(db());
  ASSERT_TRUE(second);
  EXPECT_EQ(*second, *first);
  EXPECT_TRUE(check_schema(db()));
  ASSERT_TRUE(db().read([](Connection& c) -> Result<void> {
    auto rows = c.query("SELECT count(*) FROM schema_migrations");
    if (!rows) return std::unexpected(rows.error());
    EXPECT_EQ((*rows)[0].get_int(0), static_cast<std::int64_t>(migrations().size()));
    return {};
  }));
}

TEST_P(StoreContract, AMigrationNumberedBelowTheNewestStillRuns) {
  // Work on two branches: 1 and 3 are applied, then 2 arrives with the next release.
  const std::vector<Migration> early = {{1, "one", "CREATE TABLE m1 (x INTEGER)", "CREATE TABLE m1 (x INTEGER)"},
                                        {3, "three", "CREATE TABLE m3 (x INTEGER)", "CREATE TABLE m3 (x INTEGER)"}};
  ASSERT_EQ(migrate(db(), early).value_or(0), 3);
  auto all = early;
  all.insert(all.begin() + 1, {2, "two", "CREATE TABLE m2 (x INTEGER)", "CREATE TABLE m2 (x INTEGER)"});
  ASSERT_EQ(migrate(db(), all).value_or(0), 3);
  ASSERT_TRUE(db().read([](Connection& c) -> Result<void> {
    auto rows = c.query("SELECT count(*) FROM m2");
    if (!rows) return std::unexpected(rows.error());
    return {};
  }));
}

TEST_P(StoreContract, RefusesASchemaNewerThanItKnows) {
  ASSERT_TRUE(migrate(db()));
  test_->run_as_administrator("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')");
  auto checked = check_schema(db());
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, ErrorCode::unavailable);
  EXPECT_NE(checked.error().message.find("9999"), std::string::npos);
  auto migrated = migrate(db());
  ASSERT_FALSE(migrated);
  EXPECT_NE(migrated.error().message.find("newer"), std::string::npos);
}

TEST_P(StoreContract, StartUpCheckAsksForMigrateOnAnOldSchema) {
  auto checked = check_schema(db());
  ASSERT_FALSE(checked);
  EXPECT_NE(checked.error().message.find("sendhub migrate"), std::string::npos);
}

TEST_P(StoreContract, AFailingMigrationLeavesNothingBehind) {
  std::vector<Migration> known = {
      {1, "good", "CREATE TABLE m1 (x INTEGER)", "CREATE TABLE m1 (x INTEGER)"},
      {2, "bad", "CREATE TABLE m2 (x INTEGER); INSERT INTO no_such_table VALUES (1);",
       "CREATE TABLE m2 (x INTEGER); INSERT INTO no_such_table VALUES (1);"},
  };
  auto result = migrate(db(), known);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message.find("migration 2 (bad)"), std::string::npos);
  auto version = current_schema_version(db());
  ASSERT_TRUE(version);
  EXPECT_EQ(*version, 1);
  auto m2 = db().read([](Connection& c) -> Result<void> {
    auto rows = c.query("SELECT count(*) FROM m2");
    if (!rows) return std::unexpected(rows.error());
    return {};
  });
  EXPECT_FALSE(m2) << "table m2 from the failed migration survived";
}

TEST_P(StoreContract, PingAndIdempotentClose) {
  EXPECT_TRUE(db().ping());
  db().close();
  db().close();
  EXPECT_FALSE(db().ping());
  EXPECT_FALSE(insert(1, "after close"));
}

TEST_P(StoreContract, StatsCountQueriesTimeAndErrors) {
  auto before = db().stats().queries.load();
  ASSERT_TRUE(insert(1, "x"));
  EXPECT_FALSE(insert(1, "x"));
  EXPECT_GE(db().stats().queries.load(), before + 2);
  EXPECT_GE(db().stats().errors.load(), 1u);
  EXPECT_GT(db().stats().nanoseconds.load(), 0u);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreContract, ::testing::ValuesIn(sendhub::testing::engines),
                         [](const auto& info) { return info.param; });

TEST(OpenDatabase, RejectsUnknownUrls) {
  for (const char* url : {"mysql://x", "", "sqlite:", "file.db"}) {
    auto db = open_database(url);
    ASSERT_FALSE(db) << url;
    EXPECT_EQ(db.error().code, ErrorCode::invalid_input) << url;
  }
}

TEST(OpenDatabase, UnreachablePostgresIsUnavailableWithoutThePassword) {
  auto db = open_database("postgres://sendhub:hunter2-secret@127.0.0.1:1/sendhub?connect_timeout=2");
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().code, ErrorCode::unavailable);
  EXPECT_EQ(db.error().message.find("hunter2-secret"), std::string::npos);
}

}  // namespace
}  // namespace sendhub::store
