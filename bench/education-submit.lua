-- wrk script for bench/education.sh: every request is a homework quiz submission by a different student
-- (a bearer token per line of tokens.txt: "<token> <homework id>"), with a fresh submission id and the
-- answers in answers.json. Acknowledged (2xx) submission ids go to acked-<thread>.txt.
local dir = os.getenv("BENCH_WORK")
local answers = io.open(dir .. "/answers.json"):read("*a"):gsub("%s+$", "")
local lines = {}
for line in io.lines(dir .. "/tokens.txt") do lines[#lines + 1] = line end
local threads, counter = {}, 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  nthreads = tonumber(os.getenv("BENCH_THREADS"))
  index = id
  ok, bad, spent = 0, 0, 0
  out = io.open(dir .. "/acked-" .. id .. ".txt", "w")
  out:setvbuf("line")
  math.randomseed(os.time() * 1000 + id)
end

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffffffffffff))
end

function request()
  local line = lines[index]
  index = index + nthreads
  if line == nil then -- out of students: wrap (refused as answered); counted apart, not as the app's errors
    index = id; line = lines[index]; spent = spent + 1
  end
  local token, homework = line:match("(%S+) (%S+)")
  local body = '{"submissionId":"' .. uuid() .. '","answers":' .. answers .. '}'
  return wrk.format("POST", "/api/v1/my/homework/" .. homework .. "/attempts",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
    out:write(body:match('"submissionId":"([^"]+)"'), "\n")
  else
    bad = bad + 1
    if bad <= 3 then io.stderr:write(status .. " " .. body:sub(1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local ok_all, bad_all, spent_all = 0, 0, 0
  for _, t in ipairs(threads) do
    ok_all = ok_all + t:get("ok"); bad_all = bad_all + t:get("bad"); spent_all = spent_all + t:get("spent")
  end
  io.write(string.format("RESULT requests=%d ok=%d bad=%d spent=%d errors=%d seconds=%.2f p50=%.1f p95=%.1f p99=%.1f max=%.1f\n",
    summary.requests, ok_all, math.max(bad_all - spent_all, 0), spent_all, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout + summary.errors.status, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
