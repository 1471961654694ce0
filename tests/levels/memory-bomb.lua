-- A level that grows a string without limit while loading.
local s = "xxxxxxxx"
local keep = {}
while true do
  s = s .. s
  keep[#keep + 1] = s
end
