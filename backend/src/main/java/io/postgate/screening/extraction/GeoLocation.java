package io.postgate.screening.extraction;

/** A position in decimal degrees (WGS 84), as recorded by a camera or phone. */
public record GeoLocation(double latitude, double longitude) {

	public GeoLocation {
		if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
			throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
		}
	}

	@Override
	public String toString() {
		return latitude + ", " + longitude;
	}
}
