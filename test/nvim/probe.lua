-- Drives a headless Neovim (started with init.lua and a policy file) through what a user does:
-- wait for the diagnostics, ask for completion after `"oss:Get` and for hover on
-- `oss:GetObject`, then write everything to $RAM_POLICY_NVIM_OUT as JSON and quit.
-- Neovim 0.7 APIs only (vim.diagnostic, vim.lsp.buf_request_sync, vim.wait).
local out_path = assert(os.getenv('RAM_POLICY_NVIM_OUT'), 'RAM_POLICY_NVIM_OUT is not set')
local bufnr = vim.api.nvim_get_current_buf()
local result = { nvim = tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch), errors = {} }

local function note(message) table.insert(result.errors, message) end

-- Finds `needle` in the buffer: 0-based line and the UTF-16 column just after it (ASCII here),
-- moved `back` characters to the left.
local function position_after(needle, back)
  for line_number, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local from, to = line:find(needle, 1, true)
    if from then return { line = line_number - 1, character = to - (back or 0) } end
  end
  note('not found in the buffer: ' .. needle)
  return { line = 0, character = 0 }
end

local attached = vim.wait(15000, function() return #vim.lsp.buf_get_clients(bufnr) > 0 end, 50)
result.attached = attached
if not attached then note('no language client attached to the buffer') end

-- The server publishes diagnostics right after didOpen.
vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, {
    message = d.message, severity = d.severity, lnum = d.lnum, col = d.col, end_col = d.end_col,
    code = lsp.code, source = d.source or lsp.source,
  })
end

local uri = vim.uri_from_bufnr(bufnr)
local function request(method, position)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, { textDocument = { uri = uri }, position = position }, 10000)
  if not responses then note(method .. ': ' .. tostring(err)) return nil end
  for _, response in pairs(responses) do
    if response.error then note(method .. ': ' .. vim.inspect(response.error)) end
    if response.result then return response.result end
  end
  return nil
end

-- Inside the unfinished `"oss:Get"`, just before its closing quote.
local completion = request('textDocument/completion', position_after('"oss:Get"', 1))
result.completion = {}
local items = completion and (completion.items or completion) or {}
for _, item in ipairs(items) do table.insert(result.completion, item.label) end

-- Hover in the middle of oss:GetObject (the first occurrence is the complete action).
local hover_at = position_after('"oss:GetObj')
local hover = request('textDocument/hover', hover_at)
local contents = hover and hover.contents
if type(contents) == 'table' then
  if contents.value then result.hover = contents.value
  else
    local parts = {}
    for _, part in ipairs(contents) do table.insert(parts, type(part) == 'string' and part or part.value) end
    result.hover = table.concat(parts, '\n')
  end
elseif type(contents) == 'string' then
  result.hover = contents
end

local file = assert(io.open(out_path, 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
