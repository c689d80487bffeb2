package io.postgate.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 key that signs checkpoints. It lives in a PEM file outside the database (PKCS#8 private key
 * followed by the X.509 public key) and is generated on first start when the file is missing.
 */
final class CheckpointSigner {

	private static final String ALGORITHM = "Ed25519";
	private static final Pattern PEM = Pattern.compile("-----BEGIN (PRIVATE|PUBLIC) KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1 KEY-----");

	private final PrivateKey privateKey;
	private final PublicKey publicKey;
	private final String keyId;

	private CheckpointSigner(KeyPair keys) {
		this.privateKey = keys.getPrivate();
		this.publicKey = keys.getPublic();
		this.keyId = EntryHash.sha256(publicKey.getEncoded()).substring(0, 16);
	}

	static CheckpointSigner fromFile(Path keyFile) {
		try {
			if (!Files.exists(keyFile)) {
				generate(keyFile);
			}
			return new CheckpointSigner(read(Files.readString(keyFile, StandardCharsets.US_ASCII)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the audit signing key " + keyFile, e);
		}
	}

	String keyId() {
		return keyId;
	}

	String publicKeyPem() {
		return pem("PUBLIC", publicKey.getEncoded());
	}

	String sign(String text) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(privateKey);
			signature.update(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot sign an audit checkpoint", e);
		}
	}

	boolean verifies(AuditCheckpoint checkpoint) {
		if (!keyId.equals(checkpoint.keyId()) || checkpoint.signature() == null) {
			return false;
		}
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initVerify(publicKey);
			signature.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
			return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

	private static void generate(Path keyFile) throws IOException {
		KeyPair keys;
		try {
			keys = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
		}
		Path directory = keyFile.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		String text = pem("PRIVATE", keys.getPrivate().getEncoded()) + pem("PUBLIC", keys.getPublic().getEncoded());
		try {
			Files.writeString(keyFile, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (FileAlreadyExistsException raced) {
			return; // another node created it first: use that one
		}
		try {
			Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: rely on the directory's ACL
		}
	}

	private static KeyPair read(String text) {
		byte[] privateBytes = null;
		byte[] publicBytes = null;
		Matcher matcher = PEM.matcher(text);
		while (matcher.find()) {
			byte[] der = Base64.getMimeDecoder().decode(matcher.group(2).strip());
			if (matcher.group(1).equals("PRIVATE")) {
				privateBytes = der;
			}
			else {
				publicBytes = der;
			}
		}
		if (privateBytes == null || publicBytes == null) {
			throw new IllegalStateException("the audit signing key file needs a PRIVATE KEY and a PUBLIC KEY block");
		}
		try {
			KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
			return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicBytes)),
					factory.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the audit signing key file does not hold an Ed25519 key pair", e);
		}
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + " KEY-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + " KEY-----\n";
	}
}
