namespace Hub.Identity;

// Lua for the cross-reference: each call is one atomic step, so concurrent resolves of one record create one id.
internal static class CrossReferenceScripts
{
    // KEYS: local, seq, born, match keys... ARGV: base, link member, candidate id, creator (1 authority, 2 may create
    // when unmatched, 0 never), system, match entries...
    // Returns {status, canonical id, survivor, losers...}.
    public const string Resolve = """
        local base = ARGV[1]
        local function age(id) return tonumber(redis.call('ZSCORE', KEYS[3], id) or '1e18') end
        local matched, seen = {}, {}
        for i = 4, #KEYS do
          for _, id in ipairs(redis.call('SMEMBERS', KEYS[i])) do
            if not seen[id] then seen[id] = true; table.insert(matched, id) end
          end
        end
        local function index(id)
          for i = 4, #KEYS do
            redis.call('SADD', KEYS[i], id)
            redis.call('SADD', base .. 'keys:' .. id, ARGV[i + 2])
          end
        end
        local function link(id)
          redis.call('SET', KEYS[1], id)
          redis.call('SADD', base .. 'links:' .. id, ARGV[2])
          index(id)
        end
        local function create()
          local id = ARGV[3]
          redis.call('ZADD', KEYS[3], redis.call('INCR', KEYS[2]), id)
          link(id)
          return id
        end
        local function merge(own, ids)
          table.sort(ids, function(a, b) return age(a) < age(b) end)
          local result = {'merge', own}
          for _, id in ipairs(ids) do table.insert(result, id) end
          return result
        end
        local existing = redis.call('GET', KEYS[1])
        if existing then
          index(existing)
          local all = {existing}
          for _, id in ipairs(matched) do if id ~= existing then table.insert(all, id) end end
          if #all > 1 then return merge(existing, all) end
          return {'existing', existing}
        end
        if #matched == 0 then
          if ARGV[4] ~= '0' then return {'created', create()} end
          return {'unmatched'}
        end
        if #matched == 1 then
          if ARGV[4] == '1' then
            for _, member in ipairs(redis.call('SMEMBERS', base .. 'links:' .. matched[1])) do
              if string.sub(member, 1, #ARGV[5] + 1) == ARGV[5] .. ':' then
                local id = create()
                return merge(id, {matched[1], id})
              end
            end
          end
          link(matched[1])
          return {'linked', matched[1]}
        end
        table.sort(matched, function(a, b) return age(a) < age(b) end)
        link(matched[1])
        return merge(matched[1], matched)
        """;

    // KEYS: born. ARGV: base, survivor, losers... Returns {{merged ids...}, {moved links...}}.
    public const string Merge = """
        local base, survivor = ARGV[1], ARGV[2]
        if not redis.call('ZSCORE', KEYS[1], survivor) then
          return redis.error_reply('survivor ' .. survivor .. ' is not a live canonical id')
        end
        local merged, moved = {}, {}
        for i = 3, #ARGV do
          local loser = ARGV[i]
          if loser ~= survivor and redis.call('ZSCORE', KEYS[1], loser) then
            for _, member in ipairs(redis.call('SMEMBERS', base .. 'links:' .. loser)) do
              redis.call('SET', base .. 'local:' .. member, survivor)
              redis.call('SADD', base .. 'links:' .. survivor, member)
              table.insert(moved, member)
            end
            for _, entry in ipairs(redis.call('SMEMBERS', base .. 'keys:' .. loser)) do
              redis.call('SREM', base .. 'match:' .. entry, loser)
              redis.call('SADD', base .. 'match:' .. entry, survivor)
              redis.call('SADD', base .. 'keys:' .. survivor, entry)
            end
            redis.call('DEL', base .. 'links:' .. loser, base .. 'keys:' .. loser)
            redis.call('ZREM', KEYS[1], loser)
            redis.call('SET', base .. 'merged:' .. loser, survivor)
            table.insert(merged, loser)
          elseif redis.call('GET', base .. 'merged:' .. loser) == survivor then
            table.insert(merged, loser)
          end
        end
        return {merged, moved}
        """;
}
