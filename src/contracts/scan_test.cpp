// The signed scan: type by content, limits, and durable storage by hash.
#include "contracts/scan.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "core/crypto.hpp"

namespace colo::contracts {
namespace {

namespace fs = std::filesystem;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + "rest";
const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "jfif";

TEST(Scan, R3_2_3_TheTypeComesFromTheBytes) {
  EXPECT_EQ(sniff_scan_type(kPdf).value_or(""), "application/pdf");
  EXPECT_EQ(sniff_scan_type(kPng).value_or(""), "image/png");
  EXPECT_EQ(sniff_scan_type(kJpeg).value_or(""), "image/jpeg");
  EXPECT_FALSE(sniff_scan_type("GIF89a"));
  EXPECT_FALSE(sniff_scan_type(""));
}

TEST(Scan, R3_2_3_ChecksTypeContentAndSize) {
  EXPECT_TRUE(check_scan("application/pdf", kPdf).ok());
  EXPECT_EQ(check_scan("text/plain", kPdf).error().code, "contracts.scan.unsupported_type");
  EXPECT_EQ(check_scan("image/png", kPdf).error().code, "contracts.scan.content_mismatch");
  EXPECT_EQ(check_scan("application/pdf", "<html>").error().kind, ErrorKind::unsupported_media);
  EXPECT_EQ(check_scan("application/pdf", "").error().code, "contracts.scan.empty");
  std::string big = kPdf + std::string(kMaxScanBytes, 'x');
  EXPECT_EQ(check_scan("application/pdf", big).error().kind, ErrorKind::too_large);
}

TEST(Scan, R3_2_3_KeepsTheUploadedNameWithoutItsPath) {
  struct Case {
    std::string given;
    std::optional<std::string> kept;
    bool ok;
  };
  const std::vector<Case> cases = {
      {"合同.pdf", "合同.pdf", true},
      {"C:\\fakepath\\signed scan.pdf", "signed scan.pdf", true},
      {"/tmp/x/scan.png", "scan.png", true},
      {"  padded.pdf  ", "padded.pdf", true},
      {"", std::nullopt, true},
      {"dir/", std::nullopt, true},
      {"a\"b.pdf", std::nullopt, false},
      {"a\nb.pdf", std::nullopt, false},
  };
  for (const auto& c : cases) {
    auto r = scan_file_name(c.given);
    ASSERT_EQ(r.ok(), c.ok) << c.given;
    if (c.ok)
      EXPECT_EQ(*r, c.kept) << c.given;
    else
      EXPECT_EQ(r.error().fields.at(0).code, "contracts.scan.bad_file_name");
  }
}

TEST(Scan, StoredByHashWithNoTemporaryLeftBehind) {
  crypto::init();
  auto dir = fs::temp_directory_path() / ("colo-scan-" + crypto::random_token(6));
  auto hash = store_scan(dir, kPdf).take();
  EXPECT_EQ(hash, crypto::blake2b_hex(kPdf));
  auto path = scan_path(dir, hash);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), kPdf);
  EXPECT_EQ(store_scan(dir, kPdf).take(), hash);  // the same content again: one file
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) ++files;
  EXPECT_EQ(files, 1);
  fs::remove_all(dir);
}

TEST(Scan, R6_2_StoredSealedReadBackEqualAndOldPlainFilesSealedInPlace) {
  crypto::init();
  auto dir = fs::temp_directory_path() / ("colo-scan-" + crypto::random_token(6));
  const crypto::FileSealer sealer(crypto::file_key(crypto::random_key()));
  auto slurp = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  auto hash = store_scan(dir, kPdf, &sealer).take();
  EXPECT_EQ(hash, crypto::blake2b_hex(kPdf)) << "named by the plaintext's hash";
  const auto on_disk = slurp(scan_path(dir, hash));
  EXPECT_NE(on_disk, kPdf);
  EXPECT_EQ(on_disk.find("%PDF"), std::string::npos) << "no plaintext on disk";
  EXPECT_EQ(read_scan(scan_path(dir, hash), &sealer).take(), kPdf);
  EXPECT_FALSE(read_scan(scan_path(dir, hash), nullptr).ok()) << "sealed bytes are never served as they are";

  // A file stored before sealing began reads as it is, until `colo files seal` seals it.
  const std::string old_png = std::string("\x89PNG\r\n\x1a\n", 8) + "old";
  auto old_hash = store_scan(dir / "servicedesk", old_png).take();
  const auto old_path = scan_path(dir / "servicedesk", old_hash);
  EXPECT_EQ(read_scan(old_path, &sealer).take(), old_png);
  auto report = seal_stored_files(dir, sealer).take();
  EXPECT_EQ(report.sealed, 1);
  EXPECT_EQ(report.already, 1);
  EXPECT_TRUE(crypto::FileSealer::is_sealed(slurp(old_path)));
  EXPECT_EQ(read_scan(old_path, &sealer).take(), old_png);
  EXPECT_EQ(seal_stored_files(dir, sealer).take().sealed, 0) << "running it again seals nothing";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace colo::contracts
