-- wrk script for the API load test: GET /v1/articles/<id> over a list of ids, optionally at a fixed rate.
-- Environment: BENCH_PATHS (file of request paths, one a line), BENCH_RATE (requests/s per wrk thread,
-- 0 = as fast as possible), BENCH_OUT (where done() writes the JSON summary).
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_usec; } bench_timeval;
int gettimeofday(bench_timeval *tv, void *tz);
]]

local function now_ms()
  local tv = ffi.new("bench_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local paths = {}
local index = 0
local interval = 0
local next_at = nil

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  local rate = tonumber(os.getenv("BENCH_RATE") or "0")
  if rate > 0 then interval = 1000 / rate end
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

-- Fixed rate: every request of this thread has a slot on one schedule; a late slot is sent at once.
function delay()
  if interval == 0 then return 0 end
  local now = now_ms()
  if next_at == nil then next_at = now end
  local wait = next_at - now
  next_at = next_at + interval
  if wait < 0 then return 0 end
  return wait
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  local e = summary.errors
  out:write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "errors": {"connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d}, "latency_us": {"mean": %.1f, "p50": %d, "p90": %d, "p99": %d, ' ..
    '"p999": %d, "max": %d}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max))
  out:close()
end
