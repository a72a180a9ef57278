-- wrk script of bench/run.sh: the requests of a path come from a file, one a line: METHOD<TAB>PATH<TAB>TOKEN<TAB>BODY
-- ("-" for no token or no body). Each thread sends its own share of the lines in turn (all of them if there is one),
-- so that writes which may happen once each (a ballot per voter, a decision per appeal) are never sent twice.
local threads = {}
local count = 0

function setup(thread)
  thread:set("index", count)
  count = count + 1
  table.insert(threads, thread)
end

function init(args)
  local file, nthreads = args[1], tonumber(args[2])
  local lines = {}
  for line in io.lines(file) do table.insert(lines, line) end
  requests = {}
  for n, line in ipairs(lines) do
    if #lines == 1 or (n - 1) % nthreads == index then
      local method, path, token, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      local headers = { ["Accept"] = "application/json" }
      if token ~= "-" then headers["Authorization"] = "Bearer " .. token end
      if body ~= "-" then headers["Content-Type"] = "application/json" else body = nil end
      table.insert(requests, wrk.format(method, path, headers, body))
    end
  end
  position = 0
end

function request()
  position = position % #requests + 1
  return requests[position]
end
