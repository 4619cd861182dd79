# minigo — build, test, install.  `make` builds the compiler and runtime;
# `make test` runs every test; `make deps` installs the tools it needs.

PREFIX ?= /usr/local
CC ?= cc
CFLAGS ?= -O2 -g
WARN = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare
SAN ?=
ALL_CFLAGS = $(WARN) $(CFLAGS) $(SAN) -I$(B)/gen -I.
B = build

COMPILER_SRC = $(wildcard common/*.c parser/*.c types/*.c ir/*.c inline/*.c escape/*.c codegen/*.c)
GEN_SRC = $(B)/gen/scan.c $(B)/gen/parse.c
COMPILER_OBJ = $(COMPILER_SRC:%.c=$(B)/%.o) $(GEN_SRC:%.c=%.o)
RUNTIME_SRC = $(wildcard runtime/*.c)
RUNTIME_ASM = $(wildcard runtime/*.S)
# The runtime is built without sanitizers' interposition on its own
# allocator paths unless SAN is set explicitly for it.
RUNTIME_OBJ = $(RUNTIME_SRC:%.c=$(B)/%.o) $(RUNTIME_ASM:%.S=$(B)/%.o)
TEST_SRC = $(wildcard tests/test_*.c)
TEST_BIN = $(TEST_SRC:tests/%.c=$(B)/tests/%)

all: $(B)/minigo $(B)/libminigo_rt.a

# The driver links programs with the same sanitizers as the runtime.
$(B)/driver/main.o: ALL_CFLAGS += -DMINIGO_LINK_FLAGS='"$(SAN)"'

DRIVER_OBJ = $(patsubst %.c,$(B)/%.o,$(wildcard driver/*.c))

$(B)/minigo: $(DRIVER_OBJ) $(COMPILER_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $^

$(B)/libminigo_rt.a: $(RUNTIME_OBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/gen/scan.c $(B)/gen/scan.h: lexer/scan.l
	@mkdir -p $(B)/gen
	flex --header-file=$(B)/gen/scan.h -o $(B)/gen/scan.c $<

$(B)/gen/parse.c $(B)/gen/parse.h: parser/parse.y
	@mkdir -p $(B)/gen
	bison -Wall -Werror -d -o $(B)/gen/parse.c $<

# Generated sources: relaxed warnings (flex's output is not ours to fix).
$(B)/gen/%.o: $(B)/gen/%.c $(B)/gen/parse.h $(B)/gen/scan.h
	$(CC) $(ALL_CFLAGS) -Wno-unused-function -Wno-unused-but-set-variable -c -o $@ $<

$(B)/%.o: %.c $(B)/gen/parse.h $(B)/gen/scan.h $(wildcard */*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The runtime depends on nothing of the compiler's.
$(B)/runtime/%.o: runtime/%.c $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/runtime/%.o: runtime/%.S
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Unit tests: each tests/test_X.c links with the compiler's objects and the
# runtime's, and Criterion.
$(B)/tests/%: tests/%.c $(COMPILER_OBJ) $(RUNTIME_OBJ)
	@mkdir -p $(B)/tests
	$(CC) $(ALL_CFLAGS) -o $@ $< $(COMPILER_OBJ) $(RUNTIME_OBJ) -lcriterion -lm

# The whole suite with the compiler and the runtime built with
# AddressSanitizer and UndefinedBehaviorSanitizer, in a separate tree.
# The compiler's arenas are never freed, by design: leaks are not reported.
sanitize:
	ASAN_OPTIONS=detect_leaks=0:allow_user_segv_handler=1:handle_segv=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	$(MAKE) B=build-san SAN='-fsanitize=address,undefined -fno-omit-frame-pointer' test

unit: $(TEST_BIN)
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; $$t --jobs=2; done

samples: all
	bash tests/samples.sh $(CURDIR)/$(B)/minigo
	bash tests/diff.sh $(CURDIR)/$(B)/minigo

# Programs whose output (not their -m output) must be go1.19's
# (tests/progs.sh): interfaces, maps...
progs: all
	bash tests/progs.sh $(CURDIR)/$(B)/minigo

# Every sample again under the collector's stress modes (GODEBUG=gcstress=1:
# each allocation is a GC step with the heap verifier after it; =2: each
# allocation a whole verified cycle); the output must not change.
stress: all
	bash tests/stress.sh $(CURDIR)/$(B)/minigo

# go1.19's -m errorcheck tests (test/escape*.go and the others), judged by
# the rules of gc's test/run.go; prints a pass count, fails only on harness
# errors (pass --strict to the script to fail on any failing file).
conformance: all
	python3 tests/conformance/errorcheck.py $(CURDIR)/$(B)/minigo

# go1.19's // run tests (tests/runtests.sh); RUN_MIN is the floor make test keeps
RUN_MIN ?= 66
runtests: all
	RUN_MIN=$(RUN_MIN) tests/runtests.sh $(B)/minigo

test: deps
	$(MAKE) all
	$(MAKE) unit samples progs stdescape errors regressions runtests

# std/'s escape summaries against go1.19's: tests/std-escape.sh (the test
# files are written by tools/std-escape-test.py, recorded with --record).
stdescape: all
	bash tests/std-escape.sh $(B)/minigo

# The bad programs of tests/errors/ against go1.19's recorded output: at
# least 90% byte for byte, and an error on the right line for the rest.
errors: all
	cd tests/errors && ERRORS_MIN_EXACT=90 ERRORS_MAX_FAIL=0 bash ../errors.sh $(CURDIR)/$(B)/minigo

# Builds minigo and shows its main job on a sample: go1.19's -m diagnostics,
# then the program's output.
DEMO ?= samples/return_local_pointer.go
demo: deps
	$(MAKE) all
	./$(B)/minigo run -gcflags='-m -l' $(DEMO)

deps:
	@missing=""; \
	command -v flex >/dev/null || missing="$$missing flex"; \
	command -v bison >/dev/null || missing="$$missing bison"; \
	[ -f /usr/include/criterion/criterion.h ] || missing="$$missing libcriterion-dev"; \
	command -v go >/dev/null || missing="$$missing golang-go"; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/minigo $(DESTDIR)$(PREFIX)/share/minigo/std
	install -m 755 $(B)/minigo $(DESTDIR)$(PREFIX)/bin/minigo
	install -m 644 $(B)/libminigo_rt.a $(DESTDIR)$(PREFIX)/lib/minigo/
	cp -r std/. $(DESTDIR)$(PREFIX)/share/minigo/std/

# Benchmarks beside go1.19 on the same machine (a few minutes; not part of
# `make test`): bench/README.md.
bench: all
	bash bench/run.sh

clean:
	rm -rf $(B) build-san build-fuzz

# Fuzzing the front end with libFuzzer (clang), FUZZ_TIME seconds; see
# tests/fuzz/fuzz_frontend.c.
FUZZ_TIME ?= 60
FUZZ_DIR = build-fuzz
GOTEST = $(shell go env GOROOT 2>/dev/null)/test
fuzz: $(B)/gen/scan.c $(B)/gen/parse.c
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds
	clang -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	  -I$(B)/gen -I. -o $(FUZZ_DIR)/fuzz_frontend tests/fuzz/fuzz_frontend.c \
	  $(wildcard common/*.c parser/*.c types/*.c) $(B)/gen/scan.c $(B)/gen/parse.c -lm
	cp samples/*.go tests/errors/*.go $(FUZZ_DIR)/seeds/
	-cp tests/fuzz/regressions/*.go $(FUZZ_DIR)/seeds/ 2>/dev/null
	-[ -d "$(GOTEST)" ] && cp $(GOTEST)/*.go $(FUZZ_DIR)/seeds/ 2>/dev/null
	MINIGO_STD=$(CURDIR)/std ASAN_OPTIONS=detect_leaks=0 ./$(FUZZ_DIR)/fuzz_frontend \
	  -max_total_time=$(FUZZ_TIME) -timeout=10 -rss_limit_mb=4096 -max_len=16384 -fork=2 \
	  -artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds

# The inputs fuzzing found that once crashed: minigo check must report
# errors or nothing, and never crash.
regressions: all
	@for f in tests/fuzz/regressions/*.go; do [ -e "$$f" ] || continue; \
	  timeout 20 ./$(B)/minigo check "$$f" >/dev/null 2>&1; rc=$$?; \
	  if [ $$rc -gt 2 ]; then echo "FAIL $$f (status $$rc)"; exit 1; fi; done; echo "regressions: no crash"

.PHONY: all unit samples progs stdescape stress conformance runtests test demo deps install clean sanitize bench fuzz regressions errors
