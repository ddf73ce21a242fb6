# The two commands: `make run` and `make test`. See README.md.
PRESET_RUN  ?= release
PRESET_TEST ?= asan
SENDHUB_LISTEN ?= 127.0.0.1:8080
SENDHUB_DATABASE ?= sqlite:./var/sendhub.db

.PHONY: run test build setup fuzz bench clean

setup:
	@scripts/setup.sh

build: setup
	cmake --preset $(PRESET_RUN) >/dev/null
	cmake --build --preset $(PRESET_RUN)

run: build
	mkdir -p var
	build/$(PRESET_RUN)/sendhub migrate --database $(SENDHUB_DATABASE)
	build/$(PRESET_RUN)/sendhub serve --listen $(SENDHUB_LISTEN) --database $(SENDHUB_DATABASE) --demo

test: setup
	cmake --preset $(PRESET_TEST) >/dev/null
	cmake --build --preset $(PRESET_TEST)
	ctest --preset $(PRESET_TEST)

fuzz:
	SENDHUB_SETUP_FUZZ=1 scripts/setup.sh
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz --target fuzz_request_head fuzz_form_decoder fuzz_cookie_parser fuzz_multipart_parser fuzz_email_message fuzz_document_type \
		fuzz_oruk_import fuzz_local_offer_query
	scripts/fuzz.sh

bench: build
	bench/statutory.sh
	bench/sign_in.sh
	bench/http.sh
	bench/casework.sh
	bench/local_offer.sh

clean:
	rm -rf build
