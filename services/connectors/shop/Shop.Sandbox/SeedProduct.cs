namespace Shop.Sandbox;

/// <summary>A product with one variant, seeded at start-up.</summary>
public sealed class SeedProduct
{
    public string Sku { get; set; } = "";

    public string Title { get; set; } = "";

    public string Price { get; set; } = "10.00";

    public int Available { get; set; }
}
