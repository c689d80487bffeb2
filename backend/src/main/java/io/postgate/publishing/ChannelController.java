package io.postgate.publishing;

import io.postgate.publishing.Channel.ChannelRequest;
import io.postgate.publishing.Channel.ChannelView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Channel administration; /api/admin/** is for admins only (identity's security configuration). */
@RestController
@RequestMapping("/api/admin/channels")
class ChannelController {

	private final Channels channels;

	ChannelController(Channels channels) {
		this.channels = channels;
	}

	@GetMapping
	List<ChannelView> all() {
		return channels.all();
	}

	@GetMapping("/{id}")
	ChannelView one(@PathVariable String id) {
		return channels.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ChannelView create(@RequestBody ChannelRequest request) {
		return channels.create(request);
	}

	@PutMapping("/{id}")
	ChannelView update(@PathVariable String id, @RequestBody ChannelRequest request) {
		return channels.update(id, request);
	}
}
