-- A minimal Neovim configuration that runs the RAM policy language server for policy files.
-- The same lines are in docs/neovim.md. Works on Neovim 0.7 (Debian bookworm) and later:
-- vim.lsp.start (0.8+) when present, else vim.lsp.start_client + buf_attach_client.
--
-- RAM_POLICY_LANGUAGE_SERVER may name the server (default: `ram-policy-language-server` on PATH).
local server = os.getenv('RAM_POLICY_LANGUAGE_SERVER') or 'ram-policy-language-server'

local function root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  return vim.fn.fnamemodify(name, ':p:h')
end

local client_id -- one server for the whole session, shared by every policy buffer

local function attach(args)
  local bufnr = args.buf or vim.api.nvim_get_current_buf()
  local config = {
    name = 'ram-policy',
    cmd = { server, '--stdio' },
    root_dir = root_dir(bufnr),
    -- The server pulls its settings (section `ramPolicy`); an empty table keeps every default.
    settings = { ramPolicy = {} },
  }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  if not client_id or vim.lsp.client_is_stopped(client_id) then
    client_id = vim.lsp.start_client(config)
  end
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
end

vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  pattern = { '*.ram.json', '*.policy.json', '*.role.json', '*.ramtest.json' },
  callback = attach,
})
