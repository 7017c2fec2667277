-- (f) durable writes: every request creates one unit (POST /api/platform/reference/units), audited,
-- with a code no other request of the run uses. Environment: BENCH_DIR, WRITE_TAG (distinguishes
-- the runs on one database), COOKIE and XSRF (the office user's session and CSRF token).
dofile(os.getenv("BENCH_DIR") .. "/wrk-report.lua")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["X-XSRF-TOKEN"] = os.getenv("XSRF")
local tag = os.getenv("WRITE_TAG")

function request()
  n = n + 1
  local code = string.format("BW-%s-%d-%d", tag, tid, n)
  local body = string.format('{"code":"%s","name":"压测单位-%s","divisionCode":"371500","field":"党政机关","active":true}', code, code)
  return wrk.format(nil, nil, nil, body)
end
