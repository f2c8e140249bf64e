package io.steward.content;

import io.steward.content.format.ContentFolder;
import io.steward.content.format.Destinations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the files in the content folder's {@code assets/} that modules refer to, to signed-in people only
 * (every path not opened explicitly in the security configuration needs a sign-in). Only plain file names
 * of known, script-free types: no folders, nothing outside {@code assets/}, no SVG or HTML.
 */
@RestController
class ContentAssetController {

    private static final Map<String, MediaType> TYPES = Map.of(
            "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG,
            "gif", MediaType.IMAGE_GIF,
            "webp", MediaType.parseMediaType("image/webp"),
            "pdf", MediaType.APPLICATION_PDF);

    private final Path assets;

    ContentAssetController(Catalogue catalogue) {
        this.assets = catalogue.folder().resolve(ContentFolder.ASSETS).toAbsolutePath().normalize();
    }

    @GetMapping("/" + Destinations.ASSET_URL_PREFIX + "{file}")
    ResponseEntity<Resource> asset(@PathVariable String file) {
        MediaType type = TYPES.get(extension(file));
        if (type == null || !Destinations.ASSET_NAME.matcher(file).matches()) {
            return ResponseEntity.notFound().build();
        }
        Path path = assets.resolve(file).normalize();
        if (!path.getParent().equals(assets) || !Files.isRegularFile(path)) {
            return ResponseEntity.notFound().build();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate());
        if (type.equals(MediaType.APPLICATION_PDF)) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        }
        return response.body(new FileSystemResource(path));
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
