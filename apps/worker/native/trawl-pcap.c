/*
 * trawl-pcap: captures one interface with libpcap and writes a pcap stream to stdout, for the
 * worker's `trawl-pcap` capture backend (apps/worker/src/capture/capture-process.ts).
 *
 *   trawl-pcap IFACE RING_KIB SNAPLEN BLOCK_TIMEOUT_MS [FILTER...]
 *
 * It is `tcpdump -i IFACE -s SNAPLEN -U -w - --time-stamp-precision nano -B RING_KIB FILTER` cut
 * down to what the worker uses, with one difference that is why it exists: tcpdump hard-codes
 * pcap_set_timeout(1000), which libpcap makes the TPACKET_V3 block-retire timeout, so on a quiet
 * link a packet waits up to 1 s in a half-full block (packet → queryable p99 1.1 s at 100 req/s).
 * Here the timeout is an argument (the worker passes 50 ms). --immediate-mode is no answer: it
 * falls back to TPACKET_V2, whose snaplen-sized slots drop from ~5k req/s.
 *
 * stderr speaks tcpdump's language, parsed by apps/worker/src/capture/tcpdump-stderr.ts:
 * "trawl-pcap: listening on IFACE, link-type NAME (DESCRIPTION), snapshot length N bytes" once
 * the capture is open; on SIGUSR1 one line "trawl-pcap: N packets captured, N packets received by
 * filter, N packets dropped by kernel"; the same figures one per line at exit; errors as
 * "trawl-pcap: MESSAGE" with exit 1 (2 for bad arguments).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pcap/pcap.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#define PROG "trawl-pcap"
/* tcpdump's snaplen for `-s 0`. */
#define MAX_SNAPLEN 262144

static pcap_t *pd;
static volatile sig_atomic_t stopping, stats_wanted;
/* Packets written to stdout: tcpdump's "captured". */
static unsigned int captured;

static void on_signal(int sig) {
  if (sig == SIGUSR1) stats_wanted = 1;
  else stopping = 1;
  /* Wakes pcap_dispatch out of poll() (libpcap >= 1.10 signals an eventfd: async-signal-safe). */
  pcap_breakloop(pd);
}

static void on_packet(u_char *dumper, const struct pcap_pkthdr *h, const u_char *bytes) {
  pcap_dump(dumper, h, bytes);
  captured++;
}

static const char *plural(unsigned int n) { return n == 1 ? "" : "s"; }

/* tcpdump's info(): one prefixed line on SIGUSR1, one figure per line at exit. Written at once. */
static void print_stats(int at_exit) {
  struct pcap_stat st;
  char line[512];
  const char *sep = at_exit ? "\n" : ", ";
  int n;
  if (pcap_stats(pd, &st) < 0) {
    fprintf(stderr, PROG ": pcap_stats: %s\n", pcap_geterr(pd));
    return;
  }
  n = snprintf(line, sizeof line, "%s%u packet%s captured%s%u packet%s received by filter%s%u packet%s dropped by kernel",
               at_exit ? "" : PROG ": ", captured, plural(captured), sep, st.ps_recv, plural(st.ps_recv), sep,
               st.ps_drop, plural(st.ps_drop));
  if (st.ps_ifdrop != 0)
    n += snprintf(line + n, sizeof line - n, "%s%u packet%s dropped by interface", sep, st.ps_ifdrop, plural(st.ps_ifdrop));
  snprintf(line + n, sizeof line - n, "\n");
  fputs(line, stderr);
}

static long number(const char *what, const char *s, long min, long max) {
  char *end;
  long v;
  errno = 0;
  v = strtol(s, &end, 10);
  if (errno || end == s || *end || v < min || v > max) {
    fprintf(stderr, PROG ": %s must be a number from %ld to %ld, not \"%s\"\n", what, min, max, s);
    exit(2);
  }
  return v;
}

/* The filter is the rest of argv joined by spaces, as tcpdump does. */
static char *join(char **args, int n) {
  size_t len = 1;
  char *s;
  for (int i = 0; i < n; i++) len += strlen(args[i]) + 1;
  s = calloc(1, len);
  if (!s) exit(1);
  for (int i = 0; i < n; i++) {
    if (i) strcat(s, " ");
    strcat(s, args[i]);
  }
  return s;
}

/* "lo: No such device exists (SIOCGIFINDEX: No such device)" on one line. */
static void fail_activate(const char *iface, int status) {
  const char *detail = pcap_geterr(pd);
  if (status == PCAP_ERROR) fprintf(stderr, PROG ": %s: %s\n", iface, detail);
  else if (*detail && strcmp(detail, pcap_statustostr(status)) != 0)
    fprintf(stderr, PROG ": %s: %s (%s)\n", iface, pcap_statustostr(status), detail);
  else fprintf(stderr, PROG ": %s: %s\n", iface, pcap_statustostr(status));
  exit(1);
}

int main(int argc, char **argv) {
  char errbuf[PCAP_ERRBUF_SIZE] = "";
  const char *iface, *expected_parent = getenv("TRAWL_PCAP_PARENT");
  long ring_kib, snaplen, timeout_ms;
  char *filter;
  struct bpf_program program;
  pcap_dumper_t *dumper;
  struct sigaction sa;
  int status, exit_code = 0, link;

  /* Die with the worker, even a SIGKILLed one. It may have died before this line: then we were
     reparented already (to init or a subreaper), and the parent is no longer the one named. */
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (expected_parent ? getppid() != (pid_t)atol(expected_parent) : getppid() == 1) return 0;

  if (argc < 5) {
    fprintf(stderr, "usage: " PROG " IFACE RING_KIB SNAPLEN BLOCK_TIMEOUT_MS [FILTER...]\n");
    return 2;
  }
  iface = argv[1];
  ring_kib = number("RING_KIB", argv[2], 1, INT_MAX / 1024);
  snaplen = number("SNAPLEN", argv[3], 0, MAX_SNAPLEN);
  if (snaplen == 0) snaplen = MAX_SNAPLEN;
  timeout_ms = number("BLOCK_TIMEOUT_MS", argv[4], 1, 60000);
  filter = join(argv + 5, argc - 5);

  pd = pcap_create(iface, errbuf);
  if (!pd) {
    fprintf(stderr, PROG ": %s: %s\n", iface, errbuf);
    return 1;
  }
  pcap_set_snaplen(pd, (int)snaplen);
  pcap_set_promisc(pd, 1); /* as tcpdump without -p */
  pcap_set_buffer_size(pd, (int)(ring_kib * 1024));
  pcap_set_timeout(pd, (int)timeout_ms);
  /* Nanosecond kernel timestamps where libpcap has them, else microseconds: pcap_dump_fopen
     writes the magic number that matches what pcap_get_tstamp_precision says. */
  if (pcap_set_tstamp_precision(pd, PCAP_TSTAMP_PRECISION_NANO) != 0)
    fprintf(stderr, PROG ": WARNING: %s: nanosecond timestamps not supported, using microseconds\n", iface);
  status = pcap_activate(pd);
  if (status < 0) fail_activate(iface, status);
  if (status > 0) fprintf(stderr, PROG ": WARNING: %s: %s (%s)\n", iface, pcap_statustostr(status), pcap_geterr(pd));

  /* On "any", Linux cooked v2 (with the interface index) like tcpdump 4.99, not libpcap's v1. */
  if (strcmp(iface, "any") == 0) pcap_set_datalink(pd, DLT_LINUX_SLL2);

  if (*filter) {
    if (pcap_compile(pd, &program, filter, 1, PCAP_NETMASK_UNKNOWN) < 0) {
      fprintf(stderr, PROG ": %s\n", pcap_geterr(pd)); /* "can't parse filter expression: ..." */
      return 1;
    }
    if (pcap_setfilter(pd, &program) < 0) {
      fprintf(stderr, PROG ": can't set filter: %s\n", pcap_geterr(pd));
      return 1;
    }
    pcap_freecode(&program);
  }

  /* A 64 KiB stdio buffer: one write per batch rather than one per 4 KiB (glibc's pipe default). */
  setvbuf(stdout, NULL, _IOFBF, 1 << 16);
  dumper = pcap_dump_fopen(pd, stdout);
  if (!dumper) {
    fprintf(stderr, PROG ": stdout: %s\n", pcap_geterr(pd));
    return 1;
  }

  /* A reader that went away is EPIPE from the flush below, not a silent SIGPIPE death. */
  signal(SIGPIPE, SIG_IGN);
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  /* SA_RESTART: a signal (SIGUSR1 every 2 s) arriving while a write is blocked on a full pipe
     must not fail the flush with EINTR, which would end trawl-pcap mid-record. poll() is never
     restarted, and pcap_breakloop wakes it through its eventfd anyway. */
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGUSR1, &sa, NULL);

  /* Said only now: the worker sends SIGUSR1 once it has read this line. */
  link = pcap_datalink(pd);
  fprintf(stderr, PROG ": listening on %s, link-type %s (%s), snapshot length %ld bytes\n", iface,
          pcap_datalink_val_to_name(link) ? pcap_datalink_val_to_name(link) : "unknown",
          pcap_datalink_val_to_description(link) ? pcap_datalink_val_to_description(link) : "unknown", snaplen);

  while (!stopping) {
    /* Every packet of every block the kernel has retired, then one flush: tcpdump's -U. */
    int n = pcap_dispatch(pd, -1, on_packet, (u_char *)dumper);
    if (pcap_dump_flush(dumper) != 0) {
      if (errno != EPIPE) {
        fprintf(stderr, PROG ": writing to stdout: %s\n", strerror(errno));
        exit_code = 1;
      }
      break;
    }
    if (n == PCAP_ERROR) {
      /* e.g. "The interface disappeared" */
      fprintf(stderr, PROG ": pcap_dispatch: %s\n", pcap_geterr(pd));
      exit_code = 1;
      break;
    }
    if (stats_wanted) {
      stats_wanted = 0;
      print_stats(0);
    }
  }
  print_stats(1);
  pcap_close(pd);
  return exit_code;
}
