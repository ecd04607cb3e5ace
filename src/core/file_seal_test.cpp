// Uploaded files sealed at rest (R6.2): the stored bytes are not the plaintext, read back equal,
// fail with another key or when altered, and bytes stored before sealing began read unchanged.
#include "core/file_seal.hpp"

#include <gtest/gtest.h>

namespace colo::crypto {
namespace {

TEST(FileSealer, R6_2_SealedBytesAreNotThePlaintextAndOpenToIt) {
  const FileSealer sealer(file_key(random_key()));
  const std::string pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n";
  const auto stored = sealer.seal(pdf);
  EXPECT_TRUE(FileSealer::is_sealed(stored));
  EXPECT_EQ(stored.find("PDF"), std::string::npos) << "no plaintext in what is stored";
  EXPECT_NE(sealer.seal(pdf), stored) << "a fresh nonce each time";
  EXPECT_EQ(sealer.open(stored).value(), pdf);
  EXPECT_EQ(sealer.open(sealer.seal("")).value(), "");
}

TEST(FileSealer, PlaintextOfBeforeReadsUnchangedAndNothingElseOpens) {
  const auto key = random_key();
  const FileSealer sealer(file_key(key));
  for (const std::string plain : {std::string("%PDF-1.7"), std::string("\x89PNG\r\n", 6), std::string()})
    EXPECT_EQ(sealer.open(plain).value(), plain);
  auto stored = sealer.seal("photo");
  EXPECT_FALSE(FileSealer(file_key(random_key())).open(stored).ok()) << "another key";
  EXPECT_FALSE(FileSealer(key).open(stored).ok()) << "the data key itself is not the files key";
  stored.back() = static_cast<char>(stored.back() ^ 1);
  EXPECT_FALSE(sealer.open(stored).ok()) << "altered";
  EXPECT_FALSE(sealer.open(stored.substr(0, 14)).ok()) << "cut short";
}

}  // namespace
}  // namespace colo::crypto
