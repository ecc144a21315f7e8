-- Drives Neovim's built-in LSP client (0.7) against the Planwright server and
-- writes what it saw to $PLANWRIGHT_NVIM_OUT as JSON. Run headless by neovim.test.ts.
local out = os.getenv('PLANWRIGHT_NVIM_OUT')
local server = os.getenv('PLANWRIGHT_SERVER')
local root = os.getenv('PLANWRIGHT_ROOT')
local file = os.getenv('PLANWRIGHT_FILE')
local hover_line = tonumber(os.getenv('PLANWRIGHT_HOVER_LINE'))
local catalog = os.getenv('PLANWRIGHT_CATALOG')
local result = { diagnostics = {}, hover = nil, error = nil, lens = nil, opened = nil, messages = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    name = 'planwright',
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  -- Wait for pushed diagnostics (Neovim 0.7 takes push only).
  vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, message = d.message, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL, source = d.source or vim.NIL })
  end
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = hover_line, character = 6 },
  }, 10000)
  for _, response in pairs(responses or {}) do
    if response.result and response.result.contents then result.hover = response.result.contents.value end
  end

  -- A code lens of the built-in catalog, run as a Neovim user does (:lua vim.lsp.codelens.run()):
  -- Neovim sends workspace/executeCommand when the server lists the command.
  vim.lsp.handlers['window/showMessage'] = function(_, params) table.insert(result.messages, params.message) end
  vim.cmd('edit ' .. vim.fn.fnameescape(catalog))
  local catalog_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(catalog_buf, client_id)
  vim.lsp.codelens.refresh()
  vim.wait(20000, function() return #vim.lsp.codelens.get(catalog_buf) > 0 end, 50)
  for _, lens in ipairs(vim.lsp.codelens.get(catalog_buf)) do
    if lens.command and lens.command.command ~= '' and lens.command.title ~= '0 responses' then
      result.lens = { title = lens.command.title, command = lens.command.command, line = lens.range.start.line }
      break
    end
  end
  if result.lens then
    vim.api.nvim_win_set_cursor(0, { result.lens.line + 1, 0 })
    vim.lsp.codelens.run()
    vim.wait(20000, function() return vim.api.nvim_get_current_buf() ~= catalog_buf or #result.messages > 0 end, 50)
    result.opened = vim.api.nvim_buf_get_name(0)
  end
end)
if not ok then result.error = tostring(err) end
finish()
