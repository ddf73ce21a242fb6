// The SMTP transport against a small SMTP server on the loopback interface, and the outbox's
// queue, retry and give-up rules on both storage engines.
#include "app/email/smtp_transport.h"

#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <thread>

#include "app/email/outbox.h"
#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

// Speaks just enough SMTP for one message per connection; can refuse every recipient.
class SmtpSink {
 public:
  explicit SmtpSink(bool refuse_recipients = false)
      : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)), refuse_(refuse_recipients) {
    thread_ = std::thread([this] { serve(); });
  }
  ~SmtpSink() {
    stopping_ = true;
    boost::system::error_code ignored;
    tcp::socket poke(io_);
    poke.connect(acceptor_.local_endpoint(), ignored);
    thread_.join();
  }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port()); }
  std::vector<std::string> messages, recipients;

 private:
  void serve() {
    while (!stopping_) {
      tcp::socket s(io_);
      boost::system::error_code ec;
      acceptor_.accept(s, ec);
      if (ec || stopping_) return;
      talk(s);
    }
  }
  void talk(tcp::socket& s) {
    boost::system::error_code ec;
    asio::streambuf buf;
    auto say = [&](std::string_view line) { asio::write(s, asio::buffer(line), ec); };
    auto line = [&]() -> std::string {
      asio::read_until(s, buf, "\r\n", ec);
      if (ec) return {};
      std::istream in(&buf);
      std::string l;
      std::getline(in, l);
      if (!l.empty() && l.back() == '\r') l.pop_back();
      return l;
    };
    say("220 sink ready\r\n");
    while (!ec) {
      std::string l = line();
      if (ec) return;
      if (l.starts_with("EHLO") || l.starts_with("HELO")) say("250-sink\r\n250 8BITMIME\r\n");
      else if (l.starts_with("MAIL FROM")) say("250 OK\r\n");
      else if (l.starts_with("RCPT TO")) {
        recipients.push_back(l.substr(8));
        say(refuse_ ? "550 No such user\r\n" : "250 OK\r\n");
      } else if (l == "DATA") {
        say("354 Go ahead\r\n");
        std::string body;
        for (std::string d = line(); !ec && d != "."; d = line()) body += d + "\n";
        messages.push_back(body);
        say("250 Queued\r\n");
      } else if (l == "QUIT") {
        say("221 Bye\r\n");
        return;
      } else {
        say("250 OK\r\n");
      }
    }
  }
  asio::io_context io_;
  tcp::acceptor acceptor_;
  bool refuse_;
  std::atomic<bool> stopping_ = false;
  std::thread thread_;
};

SmtpSettings settings_for(const SmtpSink& sink) { return {sink.url(), "", "", "no-reply@sendhub.test", "SENDhub"}; }

TEST(SmtpTransport, DeliversTheRenderedMessageToTheServer) {
  SmtpSink sink;
  SmtpTransport transport(settings_for(sink));
  auto text = email::render({"pat@example.org", "Hello", "Line one\n.Leading dot"}, transport.from(), "d", "id@x");
  ASSERT_TRUE(transport.send("pat@example.org", text));
  ASSERT_EQ(sink.messages.size(), 1u);
  EXPECT_EQ(sink.recipients[0], "<pat@example.org>");
  EXPECT_NE(sink.messages[0].find("Subject: Hello"), std::string::npos);
  // libcurl dot-stuffs the line; the server sees "..Leading dot" on the wire, which SMTP undoes.
  EXPECT_NE(sink.messages[0].find("..Leading dot"), std::string::npos);
}

TEST(SmtpTransport, ARefusedRecipientIsAnErrorNotASilentLoss) {
  SmtpSink sink(true);
  SmtpTransport transport(settings_for(sink));
  auto sent = transport.send("nobody@example.org", "Subject: x\r\n\r\nx\r\n");
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, ErrorCode::unavailable);
  EXPECT_TRUE(sink.messages.empty());
}

TEST(SmtpTransport, SettingsAreChecked) {
  EXPECT_FALSE(check_smtp_settings({"http://mail.example", "", "", "a@b.org"}));
  EXPECT_FALSE(check_smtp_settings({"smtp://mail.example", "", "", "not an address"}));
  EXPECT_TRUE(check_smtp_settings({"smtps://mail.example:465", "u", "p", "no-reply@council.example"}));
}

class Outbox : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(db_->db()));
  }
  Result<std::int64_t> queue(const email::EmailMessage& m, std::int64_t now) {
    std::int64_t id = 0;
    auto ok = db_->db().write([&](store::Connection& c) -> Result<void> {
      auto q = queue_email(c, m, now);
      if (!q) return std::unexpected(q.error());
      id = *q;
      return {};
    });
    if (!ok) return std::unexpected(ok.error());
    return id;
  }
  std::unique_ptr<testing::TestDatabase> db_;
};

TEST_P(Outbox, QueuedMailIsSentOnceAndMarkedSent) {
  SmtpSink sink;
  SmtpTransport transport(settings_for(sink));
  ASSERT_TRUE(queue({"a@example.org", "One", "Body"}, 1000));
  ASSERT_TRUE(queue({"b@example.org", "Two", "Body"}, 1000));
  auto d = deliver_due_email(db_->db(), transport, 1000);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->sent, 2);
  EXPECT_EQ(sink.messages.size(), 2u);
  auto again = deliver_due_email(db_->db(), transport, 5000);
  EXPECT_EQ(again->sent, 0);
  auto box = read_outbox(db_->db(), 10);
  ASSERT_EQ(box->size(), 2u);
  EXPECT_TRUE((*box)[0].sent_at.has_value());
}

TEST_P(Outbox, AFailedSendIsRetriedWithBackoffThenGivenUp) {
  SmtpSink sink(true);
  SmtpTransport transport(settings_for(sink));
  ASSERT_TRUE(queue({"a@example.org", "One", "Body"}, 0));
  std::int64_t now = 0;
  auto first = deliver_due_email(db_->db(), transport, now);
  EXPECT_EQ(first->failed, 1);
  EXPECT_EQ(deliver_due_email(db_->db(), transport, now + 59)->failed, 0);  // not due for a minute
  EXPECT_EQ(deliver_due_email(db_->db(), transport, now + 60)->failed, 1);
  int gave_up = 0;
  for (int i = 0; i < 20 && gave_up == 0; ++i) gave_up = deliver_due_email(db_->db(), transport, now += 86400)->gave_up;
  EXPECT_EQ(gave_up, 1);
  auto box = read_outbox(db_->db(), 10);
  EXPECT_EQ((*box)[0].attempts, email::max_attempts);
  EXPECT_TRUE((*box)[0].gave_up_at.has_value());
  EXPECT_NE((*box)[0].last_error.find("did not take"), std::string::npos);
}

TEST_P(Outbox, ABadMessageIsRefusedAndNothingIsQueued) {
  auto q = queue({"a@example.org", "Hi\r\nBcc: b@example.org", "x"}, 0);
  ASSERT_FALSE(q);
  EXPECT_EQ(q.error().code, ErrorCode::invalid_input);
  EXPECT_TRUE(read_outbox(db_->db(), 10)->empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, Outbox, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
