#include "app/cli.hpp"
#include "app/monitoring_wiring.hpp"
#include "app/vulns.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "app/app.hpp"
#include "app/confidentiality.hpp"
#include "app/disputes.hpp"
#include "app/firewall.hpp"
#include "app/overuse.hpp"
#include "audit/audit.hpp"
#include "auth/permissions.hpp"
#include "auth/service.hpp"
#include "backup/backup.hpp"
#include "backupsvc/service.hpp"
#include "billing/collections.hpp"
#include "billing/module.hpp"
#include "confidentiality/service.hpp"
#include "configs/service.hpp"
#include "contracts/module.hpp"
#include "contracts/scan.hpp"
#include "contracts/service.hpp"
#include "core/crypto.hpp"
#include "core/file_seal.hpp"
#include "core/json.hpp"
#include "dcim/service.hpp"
#include "disputes/service.hpp"
#include "facility/inspections.hpp"
#include "facility/maintenance_module.hpp"
#include "facility/service.hpp"
#include "firewall/service.hpp"
#include "monitoring/alerts.hpp"
#include "monitoring/poller.hpp"
#include "monitoring/print_sink.hpp"
#include "notify/delivery.hpp"
#include "servicedesk/levels.hpp"
#include "tsdb/service.hpp"
#include "tsdb/store.hpp"
#include "vulns/service.hpp"

namespace colo::app {

Context cli_context() {
  auto p = std::make_shared<Principal>();
  const char* os_user = std::getenv("USER");
  p->username = std::string("cli:") + (os_user ? os_user : std::to_string(getuid()));
  p->roles = {"admin"};
  p->permissions = auth::permissions_for({"admin"});
  p->auth_method = "cli";
  return Context{p, "", "cli"};
}

namespace {

// The document is built from the route table, which the modules fill in when the application
// is assembled; that needs a database, so a throwaway in-memory one is used (the web build runs
// this on machines without a configured database).
int print_openapi() {
  spdlog::set_level(spdlog::level::err);  // stdout is the document
  Config config;
  config.db = "sqlite::memory:";
  // A throwaway key: nothing is encrypted, and no key file is written as demo mode would.
  config.secret_key = crypto::key_to_hex(crypto::random_key());
  config.web_root.clear();
  auto app = App::create(config);
  if (!app.ok()) {
    std::fprintf(stderr, "colo: error: %s\n", app.error().message.c_str());
    return 1;
  }
  auto text = to_json(openapi_document((*app)->router()));
  text += '\n';
  std::fputs(text.c_str(), stdout);
  return 0;
}

}  // namespace

namespace {

backup::Options backup_options_of(const Config& config) {
  return {.db_url = config.db,
          .repository = config.backup_repository,
          .password_file = config.backup_password_file,
          .restic = config.backup_restic};
}

Status run_backup(App& app) {
  COLO_TRY(auto r, backup::backup_and_record(app.db(), app.clock(), backup_options_of(app.config())));
  std::int64_t rows = 0;
  for (const auto& [t, n] : r.manifest.rows) rows += n;
  std::printf("backup snapshot %s: %zu tables, %lld rows, audit chain head entry %lld\n", r.snapshot_id.c_str(),
              r.manifest.rows.size(), static_cast<long long>(rows), static_cast<long long>(r.manifest.audit_last_id));
  return {};
}

// Restores into the EMPTY database of the configuration, then proves the copy: rows per table
// (backup::restore) and the audit chain, walked with this installation's audit key and ending at
// the head the backup recorded. A copy that does not verify is removed again.
Status run_restore(const Config& config, const std::string& snapshot) {
  COLO_TRY(auto restored, backup::restore(backup_options_of(config), snapshot));
  auto app = App::create(config);
  if (!app.ok()) {
    backup::discard(config.db);
    return std::move(app).error();
  }
  auto report = audit::verify((*app)->db(), {}, (*app)->clock().now());
  std::string broken;
  if (!report.ok())
    broken = report.error().message;
  else if (report->first_broken_id)
    broken = "entry " + std::to_string(*report->first_broken_id) + " is broken: " + report->reason;
  else if (report->head.last_id != restored.manifest.audit_last_id ||
           report->head.last_hash != restored.manifest.audit_head_hash)
    broken = "the chain ends at entry " + std::to_string(report->head.last_id) + ", the backup recorded entry " +
             std::to_string(restored.manifest.audit_last_id);
  if (!broken.empty()) {
    app->reset();
    backup::discard(config.db);
    return Error::unprocessable("restore.audit_broken",
                                "the restored audit chain does not verify (" + broken + "); the target was emptied");
  }
  COLO_CHECK(backup::record_restore((*app)->db(), (*app)->clock(), restored));
  std::printf(
      "restored snapshot %s (taken %s): %zu tables with the rows the backup recorded; audit chain intact: "
      "%lld entries up to entry %lld\n",
      restored.snapshot_id.c_str(), restored.manifest.created_at.c_str(), restored.manifest.rows.size(),
      static_cast<long long>(report->checked), static_cast<long long>(report->head.last_id));
  return {};
}

}  // namespace

CliCommands add_cli_commands(CLI::App& cli) {
  CliCommands commands;
  {
    auto cmd = std::make_shared<CliCommand>();
    auto scale = std::make_shared<std::string>("small");
    cmd->sub = cli.add_subcommand("demo", "Load demo data (idempotent)");
    cmd->sub->add_option("--scale", *scale, "small (a realistic data center) or large (benchmarks)")
        ->check(CLI::IsMember({"small", "large"}));
    cmd->run = [scale](App& app) { return load_demo(app, *scale); };
    cmd->demo_mode = true;
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    struct Args {
      std::string username, display_name, email;
      std::vector<std::string> roles;
      std::int64_t customer = 0;
      bool password_stdin = false;
    };
    auto a = std::make_shared<Args>();
    auto* user = cli.add_subcommand("user", "Manage users");
    user->require_subcommand(1);
    cmd->sub = user->add_subcommand("add", "Create a user (the password is read from stdin or generated)");
    cmd->sub->add_option("--username", a->username, "User name")->required();
    cmd->sub->add_option("--role", a->roles, "Role (repeatable): admin, business, technical, ...")->required();
    cmd->sub->add_option("--customer", a->customer, "Customer id, for customer roles");
    cmd->sub->add_option("--display-name", a->display_name, "Display name");
    cmd->sub->add_option("--email", a->email, "E-mail address");
    cmd->sub->add_flag("--password-stdin", a->password_stdin, "Read the password from standard input");
    cmd->run = [a](App& app) -> Status {
      std::string password;
      if (a->password_stdin) {
        std::getline(std::cin, password);
        if (!password.empty() && password.back() == '\r') password.pop_back();
      } else {
        password = crypto::random_token(18);
      }
      auth::NewUser in{a->username, a->display_name,
                       a->email,    password,
                       a->roles,    a->customer > 0 ? std::optional<std::int64_t>(a->customer) : std::nullopt};
      COLO_TRY(auto u, app.services().auth->create_user(cli_context(), in));
      std::printf("created user %s (id %lld)\n", u.username.c_str(), static_cast<long long>(u.id));
      if (!a->password_stdin) std::printf("password: %s\n", password.c_str());
      return {};
    };
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    auto* audit_cmd = cli.add_subcommand("audit", "The audit log");
    audit_cmd->require_subcommand(1);
    cmd->sub = audit_cmd->add_subcommand(
        "verify",
        "Walk the keyed chain and check the head recorded outside the database; exit 1 at the first broken entry");
    auto archive = std::make_shared<bool>(false);
    cmd->sub->add_flag("--archive", *archive,
                       "Also prove every archived period: its file unaltered and its entries a chain up to the "
                       "entries left in the database");
    cmd->run = [archive](App& app) -> Status {
      if (*archive) {
        COLO_TRY(auto archived, audit::verify_archives(app.db()));
        if (archived.broken)
          return Error::unprocessable("audit.chain_broken", "audit archive not verified: " + *archived.broken);
        std::printf("audit archives intact: %lld archived entries in %lld archives\n",
                    static_cast<long long>(archived.entries), static_cast<long long>(archived.archives));
      }
      const auto checkpoint = audit_checkpoint_path(app.config());
      COLO_TRY(auto report, audit::verify(app.db(), checkpoint, app.clock().now()));
      if (report.first_broken_id) {
        // Entry 0 stands for the checkpoint file itself.
        return Error::unprocessable(
            "audit.chain_broken",
            *report.first_broken_id > 0
                ? "audit log entry " + std::to_string(*report.first_broken_id) + " is broken: " + report.reason
                : "audit log not verified: " + report.reason);
      }
      std::printf("audit log intact: %lld entries verified; head entry %lld recorded in %s\n",
                  static_cast<long long>(report.checked), static_cast<long long>(report.head.last_id),
                  checkpoint.c_str());
      if (!report.checkpoint_found)
        std::printf(
            "note: there was no earlier checkpoint at %s, so the removal of the newest entries could not be "
            "checked this time\n",
            checkpoint.c_str());
      return {};
    };
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    auto dir = std::make_shared<std::string>();
    auto* import_cmd = cli.add_subcommand("import", "Import data");
    import_cmd->require_subcommand(1);
    cmd->sub = import_cmd->add_subcommand("device-types", "Import a NetBox device-type library directory");
    cmd->sub->add_option("DIR", *dir, "The library's device-types directory")
        ->required()
        ->check(CLI::ExistingDirectory);
    cmd->run = [dir](App& app) -> Status {
      COLO_TRY(auto r, app.services().dcim->import_device_type_dir(cli_context(), *dir));
      std::printf("imported %d, updated %d, unchanged %d, skipped %zu\n", r.imported, r.updated, r.unchanged,
                  r.skipped.size());
      for (const auto& [file, why] : r.skipped) std::printf("  skipped %s: %s\n", file.c_str(), why.c_str());
      return {};
    };
    commands.push_back(cmd);
  }
  {
    // Seals the uploaded files stored before sealing began (R6.2); safe to run again.
    auto cmd = std::make_shared<CliCommand>();
    auto* files = cli.add_subcommand("files", "Uploaded files");
    files->require_subcommand(1);
    cmd->sub = files->add_subcommand("seal", "Seal contract scans, ticket attachments and work-order photos at rest");
    cmd->run = [](App& app) -> Status {
      COLO_TRY(auto on_disk, contracts::seal_stored_files(app.config().upload_dir, *app.services().files));
      COLO_TRY(auto photos, app.services().maintenance->seal_photos());
      std::printf("sealed %lld files (%lld already sealed) and %lld work-order photos\n",
                  static_cast<long long>(on_disk.sealed), static_cast<long long>(on_disk.already),
                  static_cast<long long>(photos));
      return {};
    };
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    auto job = std::make_shared<std::string>();
    auto date = std::make_shared<std::string>();
    auto* jobs = cli.add_subcommand("jobs", "Scheduled jobs");
    jobs->require_subcommand(1);
    // Every job `colo jobs run` knows; one line each, dispatched below.
    static const std::vector<std::string> kJobs = {"contracts-daily",
                                                   billing::kDailyJob,
                                                   billing::kCollectionsJob,
                                                   servicedesk::kSlaMonthJob,
                                                   "tsdb-retention",
                                                   "deliver",
                                                   "monitoring-rules",
                                                   "facility-entry-log",
                                                   monitoring::kAvailabilityJob,
                                                   kUsageFromMonitoringJob,
                                                   facility::kMaintenanceJob,
                                                   backup::kJob,
                                                   "audit-archive",
                                                   configs::kJob,
                                                   kConfidentialityRemindersJob,
                                                   facility::kRoundsJob,
                                                   backupsvc::kJob,
                                                   firewall::kExpiryJob,
                                                   kVulnsScanJob,
                                                   kDisputePlansJob,
                                                   kOveruseJob};
    cmd->sub = jobs->add_subcommand(
        "run", "Run a daily job now, for today or --date (idempotent per day); deliver: one pass of the outbox");
    cmd->sub
        ->add_option("JOB", *job,
                     "one of: contracts-daily, billing-run, billing-collections, sla-month (the month before "
                     "--date's), tsdb-retention, deliver, monitoring-rules, facility-entry-log, "
                     "monitoring-availability (the days before --date not stored yet), usage-from-monitoring (the last "
                     "day's closed five-minute rates), facility-maintenance, backup, audit-archive, config-backup "
                     "(fetch the device configurations due now), confidentiality-reminders, facility-rounds "
                     "(as of now: the next day's patrol rounds generated, missed and late ones flagged), "
                     "backup-service (customer backup plans due now and restore tests), firewall-expiry "
                     "(retire expired rules, tell customers ahead), vulns-scans "
                     "(the scheduled scans due), dispute-plans (payment plans with an instalment overdue lapse), "
                     "overuse-detect (contracts above their bandwidth commit or contracted kW proposed as breaches)")
        ->required()
        ->check(CLI::IsMember(kJobs));
    cmd->sub->add_option("--date", *date,
                         "The day to run it for, YYYY-MM-DD (default: today in the business time zone)");
    cmd->run = [job, date](App& app) -> Status {
      if (*job == servicedesk::kSlaMonthJob)
        return servicedesk::run_sla_month(*app.services().service_levels, app.clock(), *date);
      if (*job == billing::kDailyJob) return billing::run_job(*app.services().billing, app.clock(), *date);
      if (*job == "tsdb-retention") {
        COLO_TRY(auto deleted, app.services().tsdb->delete_expired());
        std::printf("deleted %lld raw time-series blocks past retention\n", static_cast<long long>(deleted));
        return {};
      }
      if (*job == configs::kJob) {
        COLO_TRY(auto r, app.services().configs->run_due());
        std::printf("%lld device(s): %lld changed, %lld unchanged, %lld failed\n", static_cast<long long>(r.devices),
                    static_cast<long long>(r.ok), static_cast<long long>(r.unchanged),
                    static_cast<long long>(r.failed));
        return {};
      }
      if (*job == "monitoring-rules") {
        // One evaluation now, beside any server's: it is idempotent over the same samples.
        // The server's own alerts, so that firings open incidents as they do in the minute job.
        auto& alerts = *app.services().alerts;
        COLO_TRY(auto rules, monitoring::ledger_rules(
                                 app.db(), app.config().monitoring_down_after_failures, rule_defaults(app.config()),
                                 committed_bps(contract_in(*app.services().contracts), app.clock())));
        COLO_TRY(auto r, alerts.evaluate(rules));
        std::printf("%zu rules over %lld series: %lld fired (%lld silenced), %lld recovered\n", rules.size(),
                    static_cast<long long>(r.series), static_cast<long long>(r.fired),
                    static_cast<long long>(r.silenced), static_cast<long long>(r.recovered));
        return {};
      }
      if (*job == kUsageFromMonitoringJob) {
        COLO_TRY(auto r, usage_from_monitoring(*app.services().usage, *app.services().tsdb, app.clock().now()));
        std::printf("%lld meter(s), %lld five-minute slot(s): %lld new, %lld replaced, %lld unchanged; %lld refused\n",
                    static_cast<long long>(r.meters), static_cast<long long>(r.slots),
                    static_cast<long long>(r.inserted), static_cast<long long>(r.replaced),
                    static_cast<long long>(r.unchanged), static_cast<long long>(r.refused));
        return {};
      }
      if (*job == monitoring::kAvailabilityJob) {
        auto day = date->empty() ? std::optional<Date>(app.clock().today()) : parse_date(*date);
        if (!day) return Error::invalid("cli", "--date must be YYYY-MM-DD, got '" + *date + "'");
        COLO_TRY(auto r, monitoring::run_availability(app.db(), *app.services().tsdb, app.clock(), *day,
                                                      app.config().monitoring_down_after_failures));
        std::printf(
            "device days: %lld computed (%lld without samples, %lld again after late samples), %lld already "
            "stored\n",
            static_cast<long long>(r.computed), static_cast<long long>(r.unmeasured),
            static_cast<long long>(r.recomputed), static_cast<long long>(r.already));
        return {};
      }
      if (*job == backup::kJob) return run_backup(app);
      if (*job == kVulnsScanJob) {
        auto day = date->empty() ? std::optional<Date>(app.clock().today()) : parse_date(*date);
        if (!day) return Error::invalid("cli", "--date must be YYYY-MM-DD, got '" + *date + "'");
        COLO_TRY(int ran, app.services().vulns->run_due(*day));
        std::printf("%d scheduled scan(s) run\n", ran);
        return {};
      }
      if (*job == firewall::kExpiryJob) return run_firewall_expiry(app, *date);
      if (*job == kDisputePlansJob) {
        auto day = date->empty() ? std::optional<Date>(app.clock().today()) : parse_date(*date);
        if (!day) return Error::invalid("cli", "--date must be YYYY-MM-DD, got '" + *date + "'");
        COLO_TRY(auto r, run_dispute_plans(app, *day));
        std::printf("%d payment plan(s) checked, %d lapsed: collections resumed on their invoices\n", r.checked,
                    r.lapsed);
        return {};
      }
      if (*job == kOveruseJob) {
        COLO_TRY(auto r, run_overuse_detect(app, app.clock().now()));
        std::printf("%lld contract(s), %lld meter(s): %lld episode(s), %lld proposed, %lld extended, %lld known\n",
                    static_cast<long long>(r.contracts), static_cast<long long>(r.meters),
                    static_cast<long long>(r.episodes), static_cast<long long>(r.proposed),
                    static_cast<long long>(r.extended), static_cast<long long>(r.known));
        return {};
      }
      if (*job == kConfidentialityRemindersJob) {
        auto day = date->empty() ? std::optional<Date>(app.clock().today()) : parse_date(*date);
        if (!day) return Error::invalid("cli", "--date must be YYYY-MM-DD, got '" + *date + "'");
        COLO_TRY(auto r, app.services().confidentiality->send_reminders(*day));
        std::printf("%d contracts checked, %d confidentiality reminders sent\n", r.checked, r.sent);
        return {};
      }
      if (*job == backupsvc::kJob) {
        COLO_TRY(auto r, app.services().backups->run_due());
        std::printf("customer backups: %lld runs (%lld succeeded, %lld failed, %lld restore tests)\n",
                    static_cast<long long>(r.started), static_cast<long long>(r.succeeded),
                    static_cast<long long>(r.failed), static_cast<long long>(r.restore_tests));
        return {};
      }
      if (*job == "audit-archive") {
        COLO_TRY(auto r, audit::archive_expired(app.db(), app.clock(), app.config().audit_retention_days,
                                                app.config().audit_archive_dir));
        if (r.entries == 0)
          std::printf("no audit entries older than %d days\n", app.config().audit_retention_days);
        else
          std::printf("archived %lld audit entries (%lld-%lld) to %s\n", static_cast<long long>(r.entries),
                      static_cast<long long>(r.first_id), static_cast<long long>(r.last_id), r.file.c_str());
        return {};
      }
      if (*job == "facility-entry-log") {
        auto day = date->empty() ? std::optional<Date>(app.clock().today()) : parse_date(*date);
        if (!day) return Error::invalid("cli", "--date must be YYYY-MM-DD, got '" + *date + "'");
        COLO_TRY(auto deleted, app.services().facility->purge_entries(*day));
        std::printf("deleted %lld entry log entries past retention\n", static_cast<long long>(deleted));
        return {};
      }
      if (*job == facility::kMaintenanceJob) {
        auto day = date->empty() ? std::optional<Date>(app.clock().today()) : parse_date(*date);
        if (!day) return Error::invalid("cli", "--date must be YYYY-MM-DD, got '" + *date + "'");
        COLO_TRY(auto created, app.services().maintenance->generate(*day));
        std::printf("generated %lld maintenance work orders\n", static_cast<long long>(created));
        return {};
      }
      if (*job == facility::kRoundsJob) {
        COLO_TRY(auto r, app.services().patrols->run(app.clock().now()));
        std::printf("generated %lld patrol rounds; flagged %lld missed, %lld late\n",
                    static_cast<long long>(r.generated), static_cast<long long>(r.missed),
                    static_cast<long long>(r.late));
        return {};
      }
      if (*job == "deliver") {
        COLO_TRY(auto r, app.services().delivery->run_once());
        std::printf("claimed %d: delivered %d, failed %d, waiting %d, dead %d\n", r.claimed, r.delivered, r.failed,
                    r.waiting, r.dead);
        return {};
      }
      if (*job == billing::kCollectionsJob)
        return billing::run_collections_job(*app.services().collections, app.clock(), *date);
      return contracts::run_job(*app.services().contracts, app.clock(), *job, *date);
    };
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    auto file = std::make_shared<std::string>();
    auto* monitoring = cli.add_subcommand("monitoring", "Monitoring data");
    monitoring->require_subcommand(1);
    cmd->sub = monitoring->add_subcommand(
        "import", "Import readings from a CSV file (header metric,time,value,labels), all lines or none");
    cmd->sub->add_option("FILE", *file, "CSV file")->required()->check(CLI::ExistingFile);
    cmd->run = [file](App& app) -> Status {
      std::ifstream in(*file, std::ios::binary);
      std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      tsdb::Service svc(*app.services().tsdb, app.clock(), {});
      COLO_TRY(auto report, svc.import_csv(system_context("cli"), csv));
      std::printf("accepted %lld samples; dropped %lld out of order and %lld duplicates\n",
                  static_cast<long long>(report.accepted), static_cast<long long>(report.out_of_order),
                  static_cast<long long>(report.duplicates));
      return {};
    };
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    auto once = std::make_shared<bool>(false);
    auto rates = std::make_shared<bool>(false);
    auto print = std::make_shared<bool>(false);
    cmd->sub = cli.add_subcommand("poll", "Run the poller in this process (SNMP, ping, TCP/HTTP checks) until stopped");
    cmd->sub->add_flag("--once", *once, "Poll every device and check once, then exit");
    cmd->sub->add_flag("--rates", *rates, "With --once: poll SNMP twice, a second apart, so that counters give rates");
    cmd->sub->add_flag(
        "--print", *print,
        "Print the samples on standard output (Prometheus text with timestamps) instead of storing them");
    cmd->run = [once, rates, print](App& app) -> Status {
      monitoring::PrintSink printer(stdout);
      tsdb::Sink* sink = *print ? &printer : app.services().samples;
      if (!sink) return Error::invalid("cli", "no sample store is configured; use --print to see the samples");
      monitoring::Poller poller(*app.services().monitoring, *sink, app.clock(), poller_options(app.config()));
      if (*once) return poller.poll_once(*rates);
      // Until SIGINT or SIGTERM, taken synchronously here so that the poller stops cleanly.
      sigset_t signals;
      sigemptyset(&signals);
      sigaddset(&signals, SIGINT);
      sigaddset(&signals, SIGTERM);
      pthread_sigmask(SIG_BLOCK, &signals, nullptr);
      std::jthread worker([&poller](std::stop_token stop) { poller.run(stop); });
      int received = 0;
      sigwait(&signals, &received);
      spdlog::info("poller stopping (signal {})", received);
      worker.request_stop();
      return {};
    };
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    cmd->sub = cli.add_subcommand("permissions-doc", "Print docs/permissions.md from the role table");
    cmd->run_standalone = [] {
      std::fputs(auth::permissions_markdown().c_str(), stdout);
      return 0;
    };
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    cmd->sub = cli.add_subcommand("openapi", "Print the API document (OpenAPI 3.1 JSON); needs no database");
    cmd->run_standalone = print_openapi;
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    cmd->sub = cli.add_subcommand("backup",
                                  "Back the database up into the restic repository of [backup]: a consistent copy "
                                  "while the server runs, with its rows per table and the audit chain's head");
    cmd->run = [](App& app) { return run_backup(app); };
    commands.push_back(cmd);
  }
  {
    auto cmd = std::make_shared<CliCommand>();
    auto snapshot = std::make_shared<std::string>("latest");
    cmd->sub = cli.add_subcommand("restore",
                                  "Restore a backup into an EMPTY database (--db), then verify its rows per table and "
                                  "its audit chain against the backup's manifest");
    cmd->sub->add_option("--snapshot", *snapshot, "restic snapshot id (default: latest)");
    cmd->run_with_config = [snapshot](const Config& config) { return run_restore(config, *snapshot); };
    commands.push_back(cmd);
  }
  return commands;
}

const CliCommand* parsed_command(const CliCommands& commands) {
  for (const auto& c : commands)
    if (c->sub->parsed()) return c.get();
  return nullptr;
}

Status run_cli_command(App& app, const CliCommands& commands) {
  const auto* c = parsed_command(commands);
  if (!c) return Error::invalid("cli", "no command given");
  auto st = c->run(app);
  if (st.ok()) return st;
  // On a terminal the field errors are the useful part ("password: At least 10 characters.").
  Error e = std::move(st).error();
  for (const auto& f : e.fields) e.message += "\n  " + f.field + ": " + f.message;
  return e;
}

}  // namespace colo::app
