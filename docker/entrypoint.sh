#!/bin/sh
# The trawl image's entrypoint: the first word picks the part, the rest are its flags.
#   worker ARGS...  the capture worker        (node apps/worker/dist/main.js ARGS...)
#   hub ARGS...     the hub, serving the UI   (node apps/hub/dist/main.js --static <UI> ARGS...)
#   trawl ARGS...   the CLI                   (trawl read FILE, trawl kfl check Q, trawl endpoints ...)
#   anything else   run as given              (sh, node -e ..., ls /app)
# exec: the part is the container's main process and gets its SIGTERM (both stop cleanly on it).
set -e
APP=/app
case "${1:-}" in
  worker)
    shift
    exec node "$APP/apps/worker/dist/main.js" "$@"
    ;;
  hub)
    shift
    # Given first: a --static of the caller's own, later on the line, wins.
    exec node "$APP/apps/hub/dist/main.js" --static "$APP/apps/web/out" "$@"
    ;;
  trawl)
    shift
    exec node "$APP/apps/cli/dist/main.js" "$@"
    ;;
  '')
    echo "usage: IMAGE worker|hub|trawl ARGS... (or any command); see docker/README.md" >&2
    exit 2
    ;;
  *)
    exec "$@"
    ;;
esac
