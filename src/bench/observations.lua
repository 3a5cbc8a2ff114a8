-- wrk script for the observation phase of src/bench/bench.sh.
--
--   wrk -t2 -c32 -d<send+drain>s --timeout 10s -s observations.lua <base-url> -- \
--       <post-path> <ping-path> <send-seconds> <run-id> <out-dir> <part-ids,comma,separated|->
--
-- Each connection POSTs unique observations (unique Idempotency-Key, body and e-mail) for <send-seconds>,
-- then only GETs <ping-path> until wrk's -d ends. wrk abandons the requests in flight when -d ends; the
-- drain makes sure every observation that was sent has had its answer by then, so "acknowledged" can be
-- compared with the rows in the database exactly. The tracking code of every 201 is written to
-- <out-dir>/acked-<thread>.txt for that comparison. done() prints one "BENCH_OBS key=value ..." line.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")

local function now()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local GROUPS = { "ESTUDIANTE", "BENEFICIARIO_CREDITO", "EGRESADO", "PADRE_MADRE_ACUDIENTE", "IES",
  "ORGANIZACION", "CIUDADANO", "SERVIDOR_PUBLICO" }
local DEPARTMENTS = { "05", "08", "11", "13", "15", "17", "19", "23", "25", "41", "52", "54", "66", "68", "76" }

-- main Lua state (setup / done) ------------------------------------------------------------------------

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function done(summary, latency, requests)
  local t = { sent = 0, answered = 0, acked = 0, repeated = 0, s4xx = 0, s5xx = 0, other = 0, pings = 0 }
  local first, last = nil, nil
  local statuses = {}
  for _, thread in ipairs(threads) do
    t.sent = t.sent + (thread:get("posts_sent") or 0)
    t.answered = t.answered + (thread:get("posts_answered") or 0)
    t.acked = t.acked + (thread:get("st_201") or 0)
    t.repeated = t.repeated + (thread:get("st_200") or 0)
    t.s4xx = t.s4xx + (thread:get("st_4xx") or 0)
    t.s5xx = t.s5xx + (thread:get("st_5xx") or 0)
    t.other = t.other + (thread:get("st_other") or 0)
    t.pings = t.pings + (thread:get("pings_answered") or 0)
    local f, l = thread:get("t_first"), thread:get("t_last")
    if f and (first == nil or f < first) then first = f end
    if l and (last == nil or l > last) then last = l end
    for code, n in pairs(thread:get("status_counts") or {}) do
      statuses[code] = (statuses[code] or 0) + n
    end
  end
  local detail = {}
  for code, n in pairs(statuses) do
    table.insert(detail, code .. "x" .. n)
  end
  table.sort(detail)
  local window = (first and last) and (last - first) or 0
  io.write(string.format(
    "BENCH_OBS sent=%d answered=%d acked=%d repeated=%d s4xx=%d s5xx=%d other=%d pings=%d window=%.3f "
      .. "err_connect=%d err_read=%d err_write=%d err_timeout=%d statuses=%s\n",
    t.sent, t.answered, t.acked, t.repeated, t.s4xx, t.s5xx, t.other, t.pings, window,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    (#detail > 0) and table.concat(detail, ",") or "-"))
end

-- per-thread Lua states (init / request / response) ---------------------------------------------------

function init(args)
  post_path = args[1]
  ping_path = args[2]
  send_seconds = tonumber(args[3])
  run_id = args[4]
  out_dir = args[5]
  part_ids = {}
  if args[6] and args[6] ~= "-" then
    for id in string.gmatch(args[6], "%d+") do
      table.insert(part_ids, id)
    end
  end

  posts_sent, posts_answered, pings_answered = 0, 0, 0
  st_201, st_200, st_4xx, st_5xx, st_other = 0, 0, 0, 0, 0
  status_counts = {}  -- every status of the observation answers, by code
  t_first, t_last, deadline = nil, nil, nil

  acked_file = assert(io.open(string.format("%s/acked-%d.txt", out_dir, tid), "w"))
  acked_file:setvbuf("line")

  ping_request = wrk.format("GET", ping_path)
end

function request()
  local t = now()
  if deadline == nil then
    t_first = t
    deadline = t + send_seconds
  end
  if t >= deadline then
    return ping_request
  end
  posts_sent = posts_sent + 1
  local n = posts_sent
  local part = "null"
  if #part_ids > 0 and n % 5 ~= 0 then  -- one in five is about the document as a whole
    part = part_ids[(n % #part_ids) + 1]
  end
  local body = string.format(
    '{"partId":%s,"authorName":"Participante de prueba %d-%d","email":"bench.%s.%d.%d@example.org",'
      .. '"stakeholderGroup":"%s","department":"%s",'
      .. '"text":"Observación de prueba de carga %s/%d/%d: se sugiere precisar el indicador y la meta.",'
      .. '"consent":true,"showName":%s}',
    part, tid, n, run_id, tid, n,
    GROUPS[(n % #GROUPS) + 1], DEPARTMENTS[(n % #DEPARTMENTS) + 1],
    run_id, tid, n, (n % 2 == 0) and "true" or "false")
  local headers = {
    ["Content-Type"] = "application/json; charset=UTF-8",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run_id, tid, n),
    -- Many citizens, not one: each request comes "from" its own address (the portal trusts the
    -- header in the benchmark, as behind a load balancer), so the per-address limit stays in force.
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", tid % 250, math.floor(n / 250) % 250, (n % 250) + 1),
  }
  return wrk.format("POST", post_path, headers, body)
end

function response(status, headers, body)
  if status == 200 and body == "ok" then
    pings_answered = pings_answered + 1
    return
  end
  posts_answered = posts_answered + 1
  t_last = now()
  local key = tostring(status)
  status_counts[key] = (status_counts[key] or 0) + 1
  if status == 201 then
    local code = body and string.match(body, '"trackingCode"%s*:%s*"([^"]+)"')
    if code then
      st_201 = st_201 + 1
      acked_file:write(code, "\n")
    else
      st_other = st_other + 1  -- a 201 without a tracking code
    end
    return
  end
  if status == 200 then
    st_200 = st_200 + 1
  elseif status >= 400 and status < 500 then
    st_4xx = st_4xx + 1
  elseif status >= 500 then
    st_5xx = st_5xx + 1
  else
    st_other = st_other + 1
  end
end
