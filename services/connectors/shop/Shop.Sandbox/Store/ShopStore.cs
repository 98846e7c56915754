using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Shop.Sandbox.Store;

/// <summary>The shop's records as Shopify JSON objects, in memory, behind one lock.</summary>
public sealed class ShopStore
{
    private static readonly SeedProduct[] DefaultCatalogue =
    [
        new() { Sku = "SHIRT-RED-M", Title = "Red shirt (M)", Price = "25.00", Available = 10 },
        new() { Sku = "MUG-BLUE", Title = "Blue mug", Price = "9.50", Available = 40 },
        new() { Sku = "CAP-GREY", Title = "Grey cap", Price = "15.00", Available = 5 },
    ];

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly List<JsonObject> _orders = [];
    private readonly List<JsonObject> _customers = [];
    private readonly List<JsonObject> _products = [];
    private readonly Dictionary<(long Item, long Location), JsonObject> _levels = [];
    private long _nextId;
    private int _nextOrderNumber = 1001;

    public ShopStore(IOptions<ShopSandboxOptions> options, TimeProvider time)
    {
        _time = time;
        _nextId = options.Value.IdSeed ?? (Random.Shared.NextInt64(1_000_000, 9_000_000) * 1_000_000L);
        Location = new JsonObject
        {
            ["id"] = NextId(), ["name"] = "Main warehouse", ["active"] = true, ["country_code"] = "GB",
            ["legacy"] = false, ["created_at"] = Now(), ["updated_at"] = Now(),
        };
        var catalogue = options.Value.Products.Count > 0 ? options.Value.Products.ToArray() : DefaultCatalogue;
        foreach (var product in catalogue)
        {
            AddProduct(product.Title, [(product.Sku, product.Price, product.Available)]);
        }
    }

    public JsonObject Location { get; }

    public long LocationId => (long)Location["id"]!;

    public string Now() => _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public JsonObject AddProduct(string title, IEnumerable<(string Sku, string Price, int Available)> variants)
    {
        lock (_gate)
        {
            var productId = NextId();
            var variantArray = new JsonArray();
            foreach (var (sku, price, available) in variants)
            {
                var itemId = NextId();
                variantArray.Add(new JsonObject
                {
                    ["id"] = NextId(), ["product_id"] = productId, ["title"] = "Default Title", ["sku"] = sku, ["price"] = price,
                    ["inventory_item_id"] = itemId, ["inventory_management"] = "shopify", ["inventory_quantity"] = available,
                });
                _levels[(itemId, LocationId)] = Level(itemId, LocationId, available);
            }

            var product = new JsonObject
            {
                ["id"] = productId, ["title"] = title, ["status"] = "active", ["created_at"] = Now(), ["updated_at"] = Now(), ["variants"] = variantArray,
            };
            _products.Add(product);
            return product;
        }
    }

    public IReadOnlyList<JsonObject> Products()
    {
        lock (_gate)
        {
            return [.. _products];
        }
    }

    public JsonObject? FindVariantBySku(string sku)
    {
        lock (_gate)
        {
            return _products.SelectMany(p => p["variants"]!.AsArray()).OfType<JsonObject>()
                .FirstOrDefault(v => string.Equals((string?)v["sku"], sku, StringComparison.Ordinal));
        }
    }

    public bool IsKnownInventoryItem(long itemId)
    {
        lock (_gate)
        {
            return _levels.Keys.Any(k => k.Item == itemId);
        }
    }

    public JsonObject SetLevel(long itemId, long locationId, int available)
    {
        lock (_gate)
        {
            var level = Level(itemId, locationId, available);
            _levels[(itemId, locationId)] = level;
            return level;
        }
    }

    public IReadOnlyList<JsonObject> Levels(IReadOnlyCollection<long> itemIds, IReadOnlyCollection<long> locationIds)
    {
        lock (_gate)
        {
            return _levels
                .Where(l => (itemIds.Count == 0 || itemIds.Contains(l.Key.Item)) && (locationIds.Count == 0 || locationIds.Contains(l.Key.Location)))
                .Select(l => (JsonObject)l.Value.DeepClone())
                .ToList();
        }
    }

    public (JsonObject Customer, bool Created) FindOrAddCustomer(JsonObject input)
    {
        lock (_gate)
        {
            var email = (string?)input["email"];
            if (input["id"] is { } id && _customers.FirstOrDefault(c => (long)c["id"]! == (long)id) is { } byId)
            {
                return (byId, false);
            }

            if (!string.IsNullOrWhiteSpace(email)
                && _customers.FirstOrDefault(c => string.Equals((string?)c["email"], email, StringComparison.OrdinalIgnoreCase)) is { } byEmail)
            {
                return (byEmail, false);
            }

            var customer = CustomerFactory.Create(NextId(), input, Now());
            if (customer["default_address"] is JsonObject address)
            {
                address["id"] = NextId();
                address["customer_id"] = customer["id"]!.DeepClone();
            }

            _customers.Add(customer);
            return (customer, true);
        }
    }

    public JsonObject? UpdateCustomer(long id, JsonObject changes)
    {
        lock (_gate)
        {
            var customer = _customers.FirstOrDefault(c => (long)c["id"]! == id);
            if (customer is null)
            {
                return null;
            }

            foreach (var (name, value) in changes)
            {
                if (name is not ("id" or "created_at"))
                {
                    customer[name] = value?.DeepClone();
                }
            }

            customer["updated_at"] = Now();
            return customer;
        }
    }

    public IReadOnlyList<JsonObject> Customers()
    {
        lock (_gate)
        {
            return [.. _customers];
        }
    }

    public JsonObject AddOrder(Func<long, int, JsonObject> create)
    {
        lock (_gate)
        {
            var order = create(NextId(), _nextOrderNumber++);
            foreach (var line in order["line_items"]!.AsArray().OfType<JsonObject>())
            {
                line["id"] = NextId();
            }

            _orders.Add(order);
            return order;
        }
    }

    public IReadOnlyList<JsonObject> Orders()
    {
        lock (_gate)
        {
            return [.. _orders];
        }
    }

    private long NextId() => Interlocked.Increment(ref _nextId);

    private JsonObject Level(long itemId, long locationId, int available) => new()
    {
        ["inventory_item_id"] = itemId, ["location_id"] = locationId, ["available"] = available, ["updated_at"] = Now(),
    };
}
