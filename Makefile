# Colo: `make run` and `make test` work on a fresh Debian 12 machine.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all run test deps test-deps build web bench clean e2e

all: build

deps:
	@scripts/install-deps.sh run

test-deps:
	@scripts/install-deps.sh test

$(BUILD)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

web:
	@scripts/build-web.sh

run: deps build web
	mkdir -p var
	$(BUILD)/colo migrate
	$(BUILD)/colo demo
	$(BUILD)/colo serve --demo

test: test-deps build web
	scripts/test.sh $(BUILD)

bench: test-deps build
	scripts/bench.sh $(BUILD)
	scripts/bench_dcim.sh $(BUILD)

clean:
	rm -rf $(BUILD) web/dist
